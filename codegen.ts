import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { parse } from 'yaml';
import { subgraphRegistry } from './subgraphs/registry';

// Typed resolvers for every subgraph of the registry (federation-aware), mapped to its Prisma models
// and the shapes of its mappers.ts as its own codegen.yml says. Output files are generated: never
// edit them by hand.
const config: CodegenConfig = {
  overwrite: true,
  config: {
    federation: true,
    useIndexSignature: true,
    useTypeImports: true,
    enumsAsTypes: true,
    avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    scalars: { DateTime: 'Date' },
    resolverTypeWrapperSignature: 'T | Promise<T>',
    mapperTypeSuffix: 'Model',
  },
  generates: Object.fromEntries(
    subgraphRegistry.map((entry) => {
      const relative = path.relative(__dirname, entry.dir);
      return [
        `${relative}/generated/resolvers-types.ts`,
        {
          schema: entry.sdlPaths.map((file) => path.relative(__dirname, file)),
          plugins: ['typescript', 'typescript-resolvers'],
          config: parse(readFileSync(path.join(entry.dir, 'codegen.yml'), 'utf8')) as Record<string, unknown>,
        },
      ];
    }),
  ),
};

export default config;
