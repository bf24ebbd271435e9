import { Client } from 'pg';
import { dataOf, graphql } from './client';
import {
  addOrganizationMember,
  addProjectMember,
  createOrganization,
  createProject,
  sendOperation,
  signUpUser,
} from './seed';
import type { SeedTarget, TestUser } from './seed';
import type { TestStack } from './stack';

/** A project with one person per role, plus an organization member outside the project. */
export interface ProjectTeam {
  organizationId: string;
  project: { id: string; key: string };
  admin: TestUser;
  member: TestUser;
  viewer: TestUser;
  outsider: TestUser;
}

export async function seedProjectTeam(stack: SeedTarget, overrides: { key?: string } = {}): Promise<ProjectTeam> {
  const [admin, member, viewer, outsider] = await Promise.all([
    signUpUser(stack, { name: 'Ada Admin' }),
    signUpUser(stack, { name: 'Mo Member' }),
    signUpUser(stack, { name: 'Vi Viewer' }),
    signUpUser(stack, { name: 'Otto Outsider' }),
  ]);
  const organization = await createOrganization(stack, admin.token);
  await Promise.all(
    [member, viewer, outsider].map((user) =>
      addOrganizationMember(stack, admin.token, organization.id, user, 'MEMBER'),
    ),
  );
  const project = await createProject(stack, admin.token, organization.id, overrides);
  await addProjectMember(stack, admin.token, project.id, member.userId, 'MEMBER');
  await addProjectMember(stack, admin.token, project.id, viewer.userId, 'VIEWER');
  return { organizationId: organization.id, project, admin, member, viewer, outsider };
}

/** Runs `field(input: $input)` through the router as the token's user; fails the test on any error. */
export const runMutation = (
  stack: Pick<TestStack, 'routerUrl'>,
  token: string,
  field: string,
  inputType: string,
  input: Record<string, unknown>,
) =>
  graphql(
    stack.routerUrl,
    `mutation ($input: ${inputType}!) { ${field}(input: $input) { __typename } }`,
    { input },
    { token },
  ).then(dataOf);

/**
 * A project team and an item of it that its readers see differently: an item of another project
 * that only the admin can read blocks it (`relations`, `isBlocked`), the member watches it, and the
 * admin commented on it.
 */
export async function seedItemReadersSeeDifferently(
  stack: TestStack,
  title: string,
): Promise<{ team: ProjectTeam; item: CreatedWorkItem }> {
  const team = await seedProjectTeam(stack);
  const item = await createWorkItem(stack, team.member.token, {
    projectId: team.project.id,
    title,
    assigneeId: team.member.userId,
  });
  const hidden = await createProject(stack, team.admin.token, team.organizationId, { key: 'HID' });
  const blocker = await createWorkItem(stack, team.admin.token, { projectId: hidden.id, title: 'Hidden blocker' });
  await runMutation(stack, team.admin.token, 'linkWorkItems', 'LinkWorkItemsInput', {
    sourceId: blocker.id,
    targetId: item.id,
    type: 'BLOCKS',
  });
  await runMutation(stack, team.member.token, 'watchWorkItem', 'WatchWorkItemInput', { workItemId: item.id });
  await runMutation(stack, team.admin.token, 'addComment', 'AddCommentInput', { workItemId: item.id, body: 'Noted' });
  return { team, item };
}

export interface CreatedWorkItem {
  id: string;
  key: string;
  version: number;
}

/** Creates a work item (through the router, or in the work-items subgraph) and fails the test on any error. */
export async function createWorkItem(
  stack: SeedTarget,
  token: string,
  input: Record<string, unknown> & { projectId: string },
): Promise<CreatedWorkItem> {
  const res = await sendOperation<{ createWorkItem: { workItem: CreatedWorkItem } }>(
    stack,
    'work-items',
    `
      mutation ($input: CreateWorkItemInput!) {
        createWorkItem(input: $input) {
          workItem {
            id
            key
            version
          }
        }
      }
    `,
    { input: { type: 'TASK', title: 'A task', ...input } },
    token,
  );
  return dataOf(res).createWorkItem.workItem;
}

/** The states of a project's workflow, in board order, as `token` reads them through the router. */
export async function workflowStates(stack: Pick<TestStack, 'routerUrl'>, token: string, projectId: string) {
  const data = dataOf(
    await graphql<{ project: { workflow: { states: { id: string; name: string; category: string }[] } } }>(
      stack.routerUrl,
      `
        query ($id: ID!) {
          project(id: $id) {
            workflow {
              states {
                id
                name
                category
              }
            }
          }
        }
      `,
      { id: projectId },
      { token },
    ),
  );
  return data.project.workflow.states;
}

/** The database uuid behind a global ID, for tests that look at rows directly. */
export const rawId = (globalId: string): string => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

/** One SQL statement on the stack's database, for arranging or checking what the API cannot show. */
export async function querySql<T>(
  stack: Pick<TestStack, 'databaseUrl'>,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The titles of a project's unarchived items (unless the filter says otherwise) that a filter selects, sorted; at most 50. */
export async function filteredTitles(
  stack: Pick<TestStack, 'routerUrl'>,
  token: string,
  projectId: string,
  filter: Record<string, unknown>,
): Promise<string[]> {
  const data = dataOf(
    await graphql<{ project: { workItems: { nodes: { title: string }[] } } }>(
      stack.routerUrl,
      'query($id: ID!, $filter: WorkItemFilter) { project(id: $id) { workItems(filter: $filter, first: 50) { nodes { title } } } }',
      { id: projectId, filter },
      { token },
    ),
  );
  return data.project.workItems.nodes.map((node) => node.title).sort();
}
