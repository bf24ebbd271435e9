import {
  createWorkItem,
  dataOf,
  graphql,
  seedProjectTeam,
  sqlStatementCount,
  useTestStack,
  type TestUser,
} from '../testkit';

const stack = useTestStack();

const run = async (query: string, variables: Record<string, unknown>, user: TestUser) =>
  dataOf(await graphql(stack.routerUrl, query, variables, { token: user.token }));

const itemQuery = `query($id: ID!) {
  workItem(id: $id) { assignee { id name } reporter { name } project { id name key } }
}`;

describe('users and projects cached across requests', () => {
  it('answer a repeated read without asking the users or projects databases for the rows again', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, {
      projectId: team.project.id,
      assigneeId: team.member.userId,
    });
    const read = async () => (await run(itemQuery, { id: item.id }, team.viewer)).workItem;

    const first = await read();
    expect(first.assignee.name).toBe('Mo Member');
    await read(); // the project's organization is learned on the first read, its roles cached from the second
    const before = { users: sqlStatementCount('users'), projects: sqlStatementCount('projects') };
    expect(await read()).toEqual(first);
    expect(sqlStatementCount('users') - before.users).toBe(0);
    expect(sqlStatementCount('projects') - before.projects).toBeLessThanOrEqual(1); // the viewer's grant, not the row
  });

  it('show a user who renamed themselves under the new name on the very next request', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, {
      projectId: team.project.id,
      assigneeId: team.member.userId,
    });
    const read = async () => (await run(itemQuery, { id: item.id }, team.viewer)).workItem;
    for (let i = 0; i < 3; i++) expect((await read()).assignee.name).toBe('Mo Member');

    const renamed = await graphql(
      stack.routerUrl,
      `
        mutation ($input: UpdateMeInput!) {
          updateMe(input: $input) {
            user {
              name
            }
          }
        }
      `,
      { input: { name: 'Mo Renamed' } },
      { token: team.member.token },
    );
    expect(dataOf(renamed).updateMe.user.name).toBe('Mo Renamed');

    expect((await read()).assignee.name).toBe('Mo Renamed');
    const node = await graphql(
      stack.routerUrl,
      `
        query ($id: ID!) {
          node(id: $id) {
            ... on User {
              name
            }
          }
        }
      `,
      { id: team.member.userId },
      { token: team.viewer.token },
    );
    expect(dataOf(node).node.name).toBe('Mo Renamed');
  });

  it('show a renamed project under its new name on the very next request, its key unchanged', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id });
    const read = async () => (await run(itemQuery, { id: item.id }, team.member)).workItem;
    const before = await read();
    await read();
    await read();

    const renamed = await graphql(
      stack.routerUrl,
      `
        mutation ($input: UpdateProjectInput!) {
          updateProject(input: $input) {
            project {
              name
            }
          }
        }
      `,
      { input: { id: team.project.id, name: 'Renamed project' } },
      { token: team.admin.token },
    );
    expect(dataOf(renamed).updateProject.project.name).toBe('Renamed project');

    expect((await read()).project).toEqual({ ...before.project, name: 'Renamed project', key: team.project.key });
    const direct = await graphql(
      stack.routerUrl,
      `
        query ($id: ID!) {
          project(id: $id) {
            name
          }
        }
      `,
      { id: team.project.id },
      { token: team.viewer.token },
    );
    expect(dataOf(direct).project.name).toBe('Renamed project');
  });
});
