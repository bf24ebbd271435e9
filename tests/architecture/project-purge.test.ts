import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnySubgraphDeclaration } from '../../lib/server/define-subgraph';
import { subgraphNames } from '../../subgraphs/registry';

// Deleting a project (projects' deleteProject) relies on every other service that keeps rows of
// projects purging them on `project.deleted`; a subgraph that adds a project_id column and forgets
// its purge would keep a deleted project's data for ever. The stack test (tests/projects/
// delete-project.test.ts) checks the rows; this checks the declarations, at once for new subgraphs.

const root = path.join(__dirname, '..', '..');
const holdsProjectIds = (name: string) =>
  readFileSync(path.join(root, 'prisma', name, 'schema.prisma'), 'utf8').includes('@map("project_id")');

describe('purging a deleted project', () => {
  test.each(subgraphNames.filter((name) => name !== 'projects'))(
    '%s purges it, from the projects stream, exactly when its tables hold project ids',
    async (name) => {
      const declaration = (
        (await import(path.join(root, 'subgraphs', name, 'subgraph'))) as {
          default: AnySubgraphDeclaration;
        }
      ).default;
      const holds = holdsProjectIds(name);
      expect({ purges: typeof declaration.purgeProject === 'function' }).toEqual({ purges: holds });
      if (holds) expect(declaration.consumes).toContain('projects');
    },
  );

  test('projects deletes its own rows with the project, by cascade, in the transaction of deleteProject', () => {
    const schema = readFileSync(path.join(root, 'prisma', 'projects', 'schema.prisma'), 'utf8');
    const references = schema.split('\n').filter((line) => /project\s+Project\s+@relation/.test(line));
    expect(references.length).toBeGreaterThan(0);
    for (const line of references) expect(line).toContain('onDelete: Cascade');
  });
});
