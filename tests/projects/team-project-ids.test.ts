import { fromGlobalId } from '../../lib/ids';
import { serviceCaller } from '../../lib/viewer';
import { createProject, errorOf, graphql, seedProjectTeam, useTestStack } from '../testkit';
import { callSubgraph } from '../testkit/subgraph-call';
import { attachTeam, createTeam } from './helpers';

const query = `query ($teamId: ID!, $first: Int!) { teamProjectIds(teamId: $teamId, first: $first) }`;

describe('the internal teamProjectIds lookup', () => {
  const stack = useTestStack();
  const callProjects = (variables: Record<string, unknown>, caller = serviceCaller('router')) =>
    callSubgraph<{ teamProjectIds: string[] }>(stack, 'projects', query, variables, caller);

  it('tells a service the projects a team has a role in, oldest attachment first, at most `first`', async () => {
    const team = await seedProjectTeam(stack);
    const [second, unrelated] = [
      await createProject(stack, team.admin.token, team.organizationId),
      await createProject(stack, team.admin.token, team.organizationId),
    ];
    const squad = await createTeam(stack, team.admin.token, team.organizationId);
    await attachTeam(stack, team.admin.token, team.project.id, squad.id, 'MEMBER');
    await attachTeam(stack, team.admin.token, second.id, squad.id, 'VIEWER');

    const all = await callProjects({ teamId: squad.id, first: 10 });
    expect(all.errors).toBeUndefined();
    expect(all.data?.teamProjectIds).toEqual([team.project.id, second.id]);
    expect(all.data?.teamProjectIds).not.toContain(unrelated.id);
    expect((await callProjects({ teamId: squad.id, first: 1 })).data?.teamProjectIds).toEqual([team.project.id]);
  });

  it('refuses a bound past 1001 and an ID of another type with BAD_USER_INPUT on that argument', async () => {
    const team = await seedProjectTeam(stack);
    const squad = await createTeam(stack, team.admin.token, team.organizationId);
    const extensionsOf = async (variables: Record<string, unknown>) =>
      (await callProjects(variables)).errors?.map((error) => error.extensions);
    expect(await extensionsOf({ teamId: squad.id, first: 1002 })).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }),
    ]);
    expect(await extensionsOf({ teamId: team.project.id, first: 10 })).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'teamId' }),
    ]);
  });

  it('refuses people, even signed in, with FORBIDDEN, and is not part of the public API', async () => {
    const team = await seedProjectTeam(stack);
    const squad = await createTeam(stack, team.admin.token, team.organizationId);
    const asPerson = await callProjects(
      { teamId: squad.id, first: 10 },
      fromGlobalId(team.admin.userId, 'User', 'userId'),
    );
    expect(asPerson.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await graphql(stack.routerUrl, query, { teamId: squad.id, first: 10 }, { token: team.admin.token });
    expect(errorOf(res)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
