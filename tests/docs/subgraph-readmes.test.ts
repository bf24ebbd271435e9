import { readFileSync } from 'node:fs';
import path from 'node:path';
import { subgraphProcessEnv } from '../../lib/server/subgraph-env';
import { subgraphDeclaration } from '../../subgraphs/declarations';
import { subgraphRegistry } from '../../subgraphs/registry';

const sections = ['Run', 'Layout', 'Operations', 'Events', 'Tables', 'Gotchas'];
const readme = (dir: string) => readFileSync(path.join(dir, 'README.md'), 'utf8');

describe('each subgraph README', () => {
  it.each(subgraphRegistry.map((entry) => [entry.name, entry.dir] as const))(
    'of %s has the common sections, in the common order',
    (_name, dir) => {
      const headings = [...readme(dir).matchAll(/^## (.+)$/gm)].map((match) => match[1]);
      expect(headings.slice(0, sections.length)).toEqual(sections);
    },
  );

  it.each(subgraphRegistry.map((entry) => [entry.name, entry] as const))(
    'of %s names every variable the subgraph reads when it runs alone',
    (name, entry) => {
      const text = readme(entry.dir);
      // A README may name the URLs of the subgraphs it calls at once, as `<NAME>_URL` (users calls them all).
      const urlsAtOnce = text.includes('`<NAME>_URL`');
      const variables = Object.keys(subgraphProcessEnv(subgraphDeclaration(name)).shape).filter(
        (variable) =>
          !(urlsAtOnce && variable.endsWith('_URL') && variable !== 'DATABASE_URL' && variable !== 'REDIS_URL'),
      );
      expect(variables.filter((variable) => !text.includes(variable))).toEqual([]);
    },
  );
});
