import { subgraphRegistry } from '../subgraphs/registry';

// `npm run start:subgraph -- <name>` runs one subgraph alone, configured by its environment variables.
const name = process.argv[2];
const entry = subgraphRegistry.find((s) => s.name === name);
if (!entry) {
  console.error(`Usage: npm run start:subgraph -- <${subgraphRegistry.map((s) => s.name).join('|')}>`);
  process.exit(64);
}
require(`../subgraphs/${entry.name}/main`);
