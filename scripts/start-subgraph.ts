import { runSubgraphMain } from '../lib/server/subgraph-main';
import { subgraphDeclaration } from '../subgraphs/declarations';
import { isSubgraphName, subgraphNames } from '../subgraphs/registry';

// `npm run start:subgraph -- <name>` runs one subgraph alone, configured by its environment variables.
const name = process.argv[2] ?? '';
if (!isSubgraphName(name)) {
  console.error(`Usage: npm run start:subgraph -- <${subgraphNames.join('|')}>`);
  process.exit(64);
}
runSubgraphMain(subgraphDeclaration(name));
