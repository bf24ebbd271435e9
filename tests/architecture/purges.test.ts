import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnySubgraphDeclaration } from '../../lib/server/define-subgraph';
import { subgraphNames } from '../../subgraphs/registry';

// Deleting a project or an organization relies on every other service that keeps rows of them
// purging those rows on `project.deleted` or `organization.deleted`; a subgraph that adds such a
// column and forgets its purge would keep deleted data for ever. The stack tests
// (tests/projects/delete-project.test.ts, tests/users/delete-organization.test.ts) check the rows;
// this checks the declarations, at once for new subgraphs. users and projects delete their own rows
// in the transaction of the deletion (projects through its consumer of `organization.deleted`).

const root = path.join(__dirname, '..', '..');
const modelsOf = (name: string) =>
  readFileSync(path.join(root, 'prisma', name, 'schema.prisma'), 'utf8')
    .split(/^model /m)
    .slice(1);
const holdsProjectIds = (name: string) => modelsOf(name).some((model) => model.includes('@map("project_id")'));
/** A table of organization rows that no project purge reaches: no project, or an optional one. */
const holdsOrganizationRows = (name: string) =>
  modelsOf(name).some((model) => model.includes('@map("organization_id")') && !/projectId\s+String\s+@/.test(model));

const declarationOf = async (name: string) =>
  ((await import(path.join(root, 'subgraphs', name, 'subgraph'))) as { default: AnySubgraphDeclaration }).default;

const others = subgraphNames.filter((name) => name !== 'projects' && name !== 'users');

describe('purging deleted projects and organizations', () => {
  test.each(others)(
    '%s purges a deleted project, from the projects stream, exactly when its tables hold project ids',
    async (name) => {
      const declaration = await declarationOf(name);
      const holds = holdsProjectIds(name);
      expect({ purges: typeof declaration.purgeProject === 'function' }).toEqual({ purges: holds });
      if (holds) expect(declaration.consumes).toContain('projects');
    },
  );

  test.each(others)(
    '%s purges a deleted organization, from the users stream, exactly when a table holds organization rows beyond projects',
    async (name) => {
      const declaration = await declarationOf(name);
      const holds = holdsOrganizationRows(name);
      expect({ purges: typeof declaration.purgeOrganization === 'function' }).toEqual({ purges: holds });
      if (holds) expect(declaration.consumes).toContain('users');
    },
  );

  test('projects and users delete their own rows with the project or organization, by cascade', () => {
    const references = ['projects', 'users'].flatMap((name) =>
      readFileSync(path.join(root, 'prisma', name, 'schema.prisma'), 'utf8')
        .split('\n')
        .filter((line) => /(project\s+Project|organization\s+Organization)\s+@relation/.test(line)),
    );
    expect(references.length).toBeGreaterThan(2);
    for (const line of references) expect(line).toContain('onDelete: Cascade');
  });
});
