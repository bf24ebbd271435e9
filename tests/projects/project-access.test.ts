import { fromGlobalId } from '../../lib/ids';
import { serviceCaller } from '../../lib/viewer';
import { errorOf, graphql, seedProjectTeam, useTestStack } from '../testkit';
import { callSubgraph } from '../testkit/subgraph-call';

const query = `query ($keys: [ProjectAccessKey!]!) { projectAccess(keys: $keys) { projectKey organizationId role } }`;

describe('the internal projectAccess lookup', () => {
  const stack = useTestStack();

  async function callProjects(variables: Record<string, unknown>, caller: string) {
    return callSubgraph<{ projectAccess: unknown[] }>(stack, 'projects', query, variables, caller);
  }

  it('tells a service the project key, organization and each user’s effective role', async () => {
    const team = await seedProjectTeam(stack);
    const missingProject = Buffer.from('Project:00000000-0000-4000-8000-000000000000').toString('base64url');
    const res = await callProjects(
      {
        keys: [
          { projectId: team.project.id, userId: team.admin.userId },
          { projectId: team.project.id, userId: team.viewer.userId },
          { projectId: team.project.id, userId: team.outsider.userId },
          { projectId: missingProject, userId: team.admin.userId },
        ],
      },
      serviceCaller('work-items'),
    );
    expect(res.errors).toBeUndefined();
    const expected = { projectKey: team.project.key, organizationId: team.organizationId };
    expect(res.data?.projectAccess).toEqual([
      { ...expected, role: 'ADMIN' },
      { ...expected, role: 'VIEWER' },
      { ...expected, role: null },
      null,
    ]);
  });

  it('refuses people, even signed in, with FORBIDDEN', async () => {
    const team = await seedProjectTeam(stack);
    const res = await callProjects(
      { keys: [{ projectId: team.project.id, userId: team.admin.userId }] },
      fromGlobalId(team.admin.userId, 'User', 'userId'),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is not part of the public API served by the router', async () => {
    const team = await seedProjectTeam(stack);
    const res = await graphql(stack.routerUrl, query, { keys: [] }, { token: team.admin.token });
    expect(errorOf(res)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
