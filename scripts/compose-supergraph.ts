import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { subgraphRegistry, defaultSubgraphUrl, subgraphSdl } from '../subgraphs/registry';
import { composeFilePath, writeComposeFile } from './docker-compose-file';
import { nodeStubsPath, nodeStubsSdl } from './node-stubs';

export const supergraphPath = path.resolve(__dirname, '../schema/supergraph.graphql');

/** Composes the subgraphs' SDL offline; the router overrides each subgraph's URL from its environment. */
export function composeSupergraph(): { sdl: string; hints: string[] } {
  const result = composeServices(
    subgraphRegistry.map((s) => ({
      name: s.name,
      url: defaultSubgraphUrl(s.defaultPort),
      typeDefs: parse(subgraphSdl(s)),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  return {
    sdl: `${result.supergraphSdl.trimEnd()}\n`,
    hints: result.hints
      .filter(
        (h) =>
          !(
            h.definition.code === 'INCONSISTENT_UNION_MEMBER' &&
            splitUnions.some((u) => h.message.startsWith(`Union type "${u}"`))
          ),
      )
      .map((h) => `${h.definition.code}: ${h.message}`),
  };
}

/**
 * Unions whose members each subgraph adds its own of, by design: `ActivityEvent` is a work-item change
 * (work-items) or a sprint change (sprints). Only the router resolves it (subscriptions never reach
 * the query planner), so the hint that no subgraph knows every member is expected for these alone.
 */
const splitUnions = ['ActivityEvent'];

function main() {
  const check = process.argv.includes('--check');
  if (!check) writeFileSync(nodeStubsPath, nodeStubsSdl());
  const { sdl, hints } = composeSupergraph();
  // Hints point at real drift between subgraphs (descriptions, shared types): treat each as an error.
  if (hints.length) {
    console.error(`Composition hints:\n  ${hints.join('\n  ')}`);
    process.exit(1);
  }
  if (check) {
    if (readFileSync(nodeStubsPath, 'utf8') !== nodeStubsSdl()) {
      console.error(`${path.relative(process.cwd(), nodeStubsPath)} is stale: run npm run compose`);
      process.exit(1);
    }
    if (!writeComposeFile(true)) {
      console.error(`${path.relative(process.cwd(), composeFilePath)} is stale: run npm run compose`);
      process.exit(1);
    }
    const current = readFileSync(supergraphPath, 'utf8');
    if (current !== sdl) {
      console.error('schema/supergraph.graphql is stale: run npm run compose');
      process.exit(1);
    }
    console.log('schema/supergraph.graphql is up to date.');
    return;
  }
  writeFileSync(supergraphPath, sdl);
  writeComposeFile(false);
  console.log(
    `Wrote ${[supergraphPath, nodeStubsPath, composeFilePath].map((file) => path.relative(process.cwd(), file)).join(', ')}`,
  );
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
