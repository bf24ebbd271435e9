import { dataOf, graphql, useTestStack } from '../testkit';
import { addTeamMember, attachTeam, createTeam, ops, orgMember, projectFixture, projectMember } from './helpers';

// The members list of the projects subgraph with each person's name from users (the rest is tests/subgraph/projects).
const stack = useTestStack();

const run = (query: string, variables: Record<string, unknown>, token?: string) =>
  graphql(stack.routerUrl, query, variables, { token });

describe('the members list through the router', () => {
  test('members lists each person once, team-only members without a direct role, oldest first, page by page', async () => {
    const fixture = await projectFixture(stack);
    const { owner, project } = fixture;
    const direct = await projectMember(stack, fixture, project.id, 'MEMBER');
    const teamOnly = await orgMember(stack, fixture, 'MEMBER');
    const team = await createTeam(stack, owner.token, fixture.organizationId);
    await addTeamMember(stack, owner.token, team.id, teamOnly.userId);
    await addTeamMember(stack, owner.token, team.id, direct.userId);
    await attachTeam(stack, owner.token, project.id, team.id, 'VIEWER');

    const first = dataOf(await run(ops.members, { id: project.id, first: 2 }, teamOnly.token)).project.members;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([owner.userId, direct.userId]);
    expect(first.edges[1]).toMatchObject({ role: 'MEMBER', directRole: 'MEMBER', node: { name: direct.name } });

    const second = dataOf(
      await run(ops.members, { id: project.id, first: 2, after: first.pageInfo.endCursor }, teamOnly.token),
    ).project.members;
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(second.edges).toEqual([
      expect.objectContaining({ node: { id: teamOnly.userId, name: teamOnly.name }, role: 'VIEWER', directRole: null }),
    ]);
  });
});
