import type { AnySubgraphDeclaration } from '../lib/server/define-subgraph';
import { subgraphNames, type SubgraphName } from './registry';

/**
 * The declaration of a registered subgraph, from `subgraphs/<name>/subgraph.ts` by convention, so a
 * new subgraph needs its folder and its registry line and nothing else. Loaded on demand: the router
 * reads the registry only, never a subgraph's code.
 */
export function subgraphDeclaration(name: SubgraphName): AnySubgraphDeclaration {
  const loaded = require(`./${name}/subgraph`) as { default?: AnySubgraphDeclaration };
  if (loaded.default?.name !== name) {
    throw new Error(`subgraphs/${name}/subgraph.ts must export default defineSubgraph({ name: '${name}', ... }).`);
  }
  return loaded.default;
}

export const allSubgraphDeclarations = (): AnySubgraphDeclaration[] => subgraphNames.map(subgraphDeclaration);
