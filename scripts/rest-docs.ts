import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { restApiDefinition } from '../router/rest';
import { referenceMarkdown } from '../router/rest/reference-markdown';
import { supergraphPath } from './compose-supergraph';

export const openApiFile = path.resolve(__dirname, '../docs/rest/openapi.json');
export const referenceFile = path.resolve(__dirname, '../docs/rest/reference.md');

/** The OpenAPI document the router serves at /api/v1/openapi.json, from the committed supergraph. */
export function restOpenApiDocument(): Record<string, unknown> {
  const api = Supergraph.build(readFileSync(supergraphPath, 'utf8')).apiSchema().toGraphQLJSSchema();
  return restApiDefinition(api, () => Promise.reject(new Error('documents are not executed'))).document;
}

function main() {
  const document = restOpenApiDocument();
  const files = [
    { file: openApiFile, text: `${JSON.stringify(document, null, 2)}\n` },
    { file: referenceFile, text: referenceMarkdown(document) },
  ];
  if (process.argv.includes('--check')) {
    const stale = files.filter(({ file, text }) => {
      try {
        return readFileSync(file, 'utf8') !== text;
      } catch {
        return true;
      }
    });
    for (const { file } of stale)
      console.error(`${path.relative(process.cwd(), file)} is stale: run npm run rest:docs`);
    if (stale.length) process.exit(1);
    console.log('docs/rest/openapi.json and reference.md are up to date.');
    return;
  }
  mkdirSync(path.dirname(openApiFile), { recursive: true });
  for (const { file, text } of files) writeFileSync(file, text);
  console.log(`Wrote ${files.map(({ file }) => path.relative(process.cwd(), file)).join(', ')}`);
}

if (require.main === module) main();
