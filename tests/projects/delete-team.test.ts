import { createProject, createWorkItem, dataOf, errorOf, graphql, rawId, signUpUser, useTestStack } from '../testkit';
import { outboxEventsOf } from '../testkit/outbox';
import { addTeamMember, attachTeam, createTeam, orgMember, projectFixture, projectMember } from './helpers';

const stack = useTestStack();

const run = (query: string, variables: Record<string, unknown>, token?: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const deleteTeam = `mutation ($input: DeleteTeamInput!) {
  deleteTeam(input: $input) { deletedTeamId detachedProjectCount removedMemberCount }
}`;

async function teamWithTwoProjects() {
  const fixture = await projectFixture(stack);
  const second = await createProject(stack, fixture.owner.token, fixture.organizationId, { key: 'TWO' });
  const [throughTeam, alsoDirect] = [
    await orgMember(stack, fixture, 'MEMBER'),
    await projectMember(stack, fixture, fixture.project.id, 'VIEWER'),
  ];
  const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
  for (const user of [throughTeam, alsoDirect]) await addTeamMember(stack, fixture.owner.token, team.id, user.userId);
  await attachTeam(stack, fixture.owner.token, fixture.project.id, team.id, 'MEMBER');
  await attachTeam(stack, fixture.owner.token, second.id, team.id, 'MEMBER');
  return { ...fixture, second, team, throughTeam, alsoDirect };
}

describe('deleteTeam', () => {
  test('an organization ADMIN deletes a team: its members lose the roles it gave at once, everywhere, and keep their own', async () => {
    const setup = await teamWithTwoProjects();
    const admin = await orgMember(stack, setup, 'ADMIN');
    const item = await createWorkItem(stack, setup.owner.token, { projectId: setup.project.id, title: 'Roadmap' });
    const readItem = (token: string) => run(`query ($id: ID!) { workItem(id: $id) { title } }`, { id: item.id }, token);
    const roleIn = async (token: string, projectId: string) =>
      (await run(`query ($id: ID!) { project(id: $id) { viewerRole } }`, { id: projectId }, token)).body.data?.project
        ?.viewerRole ?? null;
    // Both read through the team first, so the work-items service has their roles cached.
    expect(dataOf(await readItem(setup.throughTeam.token)).workItem.title).toBe('Roadmap');
    expect(await roleIn(setup.alsoDirect.token, setup.project.id)).toBe('MEMBER');

    const deleted = dataOf(await run(deleteTeam, { input: { id: setup.team.id } }, admin.token)).deleteTeam;
    expect(deleted).toEqual({ deletedTeamId: setup.team.id, detachedProjectCount: 2, removedMemberCount: 2 });

    expect(errorOf(await readItem(setup.throughTeam.token)).code).toBe('NOT_FOUND');
    expect(await roleIn(setup.throughTeam.token, setup.second.id)).toBeNull();
    expect(await roleIn(setup.alsoDirect.token, setup.project.id)).toBe('VIEWER');
    expect(dataOf(await readItem(setup.alsoDirect.token)).workItem.title).toBe('Roadmap');
    const gone = await run(`query ($id: ID!) { team(id: $id) { id } }`, { id: setup.team.id }, admin.token);
    expect(errorOf(gone).code).toBe('NOT_FOUND');
    expect(errorOf(await run(deleteTeam, { input: { id: setup.team.id } }, admin.token)).code).toBe('NOT_FOUND');
  });

  test('the deletion publishes a detachment for each project, then a removal for each member, oldest first', async () => {
    const setup = await teamWithTwoProjects();
    const events = await outboxEventsOf(stack, 'projects', async () => {
      dataOf(await run(deleteTeam, { input: { id: setup.team.id } }, setup.owner.token));
    });
    expect(events.map((event) => [event.type, event.projectId, event.payload])).toEqual([
      ['project.team_detached', rawId(setup.project.id), { teamId: rawId(setup.team.id) }],
      ['project.team_detached', rawId(setup.second.id), { teamId: rawId(setup.team.id) }],
      ['team.member_removed', null, { teamId: rawId(setup.team.id), userId: rawId(setup.throughTeam.userId) }],
      ['team.member_removed', null, { teamId: rawId(setup.team.id), userId: rawId(setup.alsoDirect.userId) }],
    ]);
  });

  test('an organization MEMBER is FORBIDDEN and someone outside it gets NOT_FOUND; the team stays', async () => {
    const setup = await teamWithTwoProjects();
    const outsider = await signUpUser(stack);
    const input = { input: { id: setup.team.id } };
    expect(errorOf(await run(deleteTeam, input, setup.throughTeam.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(deleteTeam, input, outsider.token)).code).toBe('NOT_FOUND');
    const team = await run(
      `query ($id: ID!) { team(id: $id) { members { totalCount } } }`,
      { id: setup.team.id },
      setup.owner.token,
    );
    expect(dataOf(team).team.members.totalCount).toBe(2);
    expect(errorOf(await run(deleteTeam, { input: { id: setup.project.id } }, setup.owner.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
  });
});
