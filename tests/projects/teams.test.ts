import { dataOf, errorOf, graphql, signUpUser, useTestStack } from '../testkit';
import {
  addTeamMember,
  attachTeam,
  createTeam,
  globalId,
  ops,
  orgFixture,
  orgMember,
  projectFixture,
  projectMember,
} from './helpers';

const stack = useTestStack();

const run = (query: string, variables: Record<string, unknown>, token?: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const teamQuery = `query($id: ID!) {
  team(id: $id) { id name description organization { id } members { totalCount edges { node { id name } since } } }
}`;

describe('createTeam', () => {
  test('an organization MEMBER creates a team', async () => {
    const fixture = await orgFixture(stack);
    const member = await orgMember(stack, fixture, 'MEMBER');
    const res = await run(
      ops.createTeam,
      { input: { organizationId: fixture.organizationId, name: ' Platform ', description: 'Infra' } },
      member.token,
    );
    expect(dataOf(res).createTeam.team).toMatchObject({
      name: 'Platform',
      description: 'Infra',
      organization: { id: fixture.organizationId },
    });
  });

  test('a GUEST cannot create teams and a non-member gets NOT_FOUND', async () => {
    const fixture = await orgFixture(stack);
    const guest = await orgMember(stack, fixture, 'GUEST');
    const stranger = await signUpUser(stack);
    const input = { organizationId: fixture.organizationId, name: 'T' };
    expect(errorOf(await run(ops.createTeam, { input }, guest.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(ops.createTeam, { input }, stranger.token)).code).toBe('NOT_FOUND');
  });

  test('a team name already used in the organization is a CONFLICT', async () => {
    const fixture = await orgFixture(stack);
    await createTeam(stack, fixture.owner.token, fixture.organizationId, 'Same');
    const res = await run(
      ops.createTeam,
      { input: { organizationId: fixture.organizationId, name: 'Same' } },
      fixture.owner.token,
    );
    expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
  });

  test.each([
    ['organizationId', { organizationId: 'x' }, 'input.organizationId'],
    ['empty name', { name: ' ' }, 'input.name'],
    ['101-character name', { name: 'x'.repeat(101) }, 'input.name'],
    ['2,001-character description', { description: 'x'.repeat(2001) }, 'input.description'],
  ])('a bad %s is BAD_USER_INPUT naming the field', async (_case, override, field) => {
    const fixture = await orgFixture(stack);
    const res = await run(
      ops.createTeam,
      { input: { organizationId: fixture.organizationId, name: 'T', ...override } },
      fixture.owner.token,
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('updateTeam', () => {
  const update = `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { id name description } } }`;

  test('an organization ADMIN renames a team and changes its description; omitted fields stay', async () => {
    const fixture = await orgFixture(stack);
    const admin = await orgMember(stack, fixture, 'ADMIN');
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId, 'Platform');
    const renamed = dataOf(await run(update, { input: { id: team.id, name: ' Infrastructure ' } }, admin.token));
    expect(renamed.updateTeam.team).toEqual({ id: team.id, name: 'Infrastructure', description: '' });
    const described = dataOf(await run(update, { input: { id: team.id, description: 'Servers' } }, admin.token));
    expect(described.updateTeam.team).toEqual({ id: team.id, name: 'Infrastructure', description: 'Servers' });
    const read = dataOf(await run(teamQuery, { id: team.id }, fixture.owner.token));
    expect(read.team).toMatchObject({ name: 'Infrastructure', description: 'Servers' });
  });

  test('a name another team of the organization has is a CONFLICT; the same name in another organization is not', async () => {
    const fixture = await orgFixture(stack);
    await createTeam(stack, fixture.owner.token, fixture.organizationId, 'Taken');
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId, 'Mine');
    const res = await run(update, { input: { id: team.id, name: 'Taken' } }, fixture.owner.token);
    expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    const elsewhere = await orgFixture(stack);
    const other = await createTeam(stack, elsewhere.owner.token, elsewhere.organizationId, 'Other');
    const ok = await run(update, { input: { id: other.id, name: 'Taken' } }, elsewhere.owner.token);
    expect(dataOf(ok).updateTeam.team.name).toBe('Taken');
  });

  test('a MEMBER is FORBIDDEN, a non-member gets NOT_FOUND, and nothing changes', async () => {
    const fixture = await orgFixture(stack);
    const member = await orgMember(stack, fixture, 'MEMBER');
    const stranger = await signUpUser(stack);
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId, 'Kept');
    const input = { id: team.id, name: 'Changed' };
    expect(errorOf(await run(update, { input }, member.token))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await run(update, { input }, stranger.token))).toMatchObject({ code: 'NOT_FOUND' });
    expect(dataOf(await run(teamQuery, { id: team.id }, fixture.owner.token)).team.name).toBe('Kept');
  });

  test.each([
    [{ name: '' }, 'input.name'],
    [{ name: 'x'.repeat(101) }, 'input.name'],
    [{ description: 'x'.repeat(2001) }, 'input.description'],
    [{ id: 'nope' }, 'input.id'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (change, field) => {
    const fixture = await orgFixture(stack);
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
    const res = await run(update, { input: { id: team.id, ...change } }, fixture.owner.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('team membership', () => {
  test('an organization ADMIN adds and removes team members; members see the team', async () => {
    const fixture = await orgFixture(stack);
    const admin = await orgMember(stack, fixture, 'ADMIN');
    const user = await orgMember(stack, fixture, 'GUEST');
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
    const added = await run(ops.addTeamMember, { input: { teamId: team.id, userId: user.userId } }, admin.token);
    expect(dataOf(added).addTeamMember).toEqual({ team: { id: team.id }, user: { id: user.userId } });
    const read = dataOf(await run(teamQuery, { id: team.id }, user.token)).team;
    expect(read.members).toMatchObject({ totalCount: 1, edges: [{ node: { id: user.userId, name: user.name } }] });
    const removed = await run(ops.removeTeamMember, { input: { teamId: team.id, userId: user.userId } }, admin.token);
    expect(dataOf(removed).removeTeamMember).toEqual({ team: { id: team.id }, removedUserId: user.userId });
  });

  test('an organization MEMBER cannot manage team members but may leave a team', async () => {
    const fixture = await orgFixture(stack);
    const member = await orgMember(stack, fixture, 'MEMBER');
    const other = await orgMember(stack, fixture, 'MEMBER');
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
    await addTeamMember(stack, fixture.owner.token, team.id, member.userId);
    await addTeamMember(stack, fixture.owner.token, team.id, other.userId);
    expect(
      errorOf(await run(ops.addTeamMember, { input: { teamId: team.id, userId: fixture.owner.userId } }, member.token))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(await run(ops.removeTeamMember, { input: { teamId: team.id, userId: other.userId } }, member.token)).code,
    ).toBe('FORBIDDEN');
    const left = await run(ops.removeTeamMember, { input: { teamId: team.id, userId: member.userId } }, member.token);
    expect(dataOf(left).removeTeamMember.removedUserId).toBe(member.userId);
  });

  test('non-members of the organization cannot see or change its teams', async () => {
    const fixture = await orgFixture(stack);
    const stranger = await signUpUser(stack);
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
    expect(errorOf(await run(teamQuery, { id: team.id }, stranger.token))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Team not found.',
    });
    expect(errorOf(await run(teamQuery, { id: globalId('Team') }, fixture.owner.token))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Team not found.',
    });
    const input = { teamId: team.id, userId: stranger.userId };
    expect(errorOf(await run(ops.addTeamMember, { input }, stranger.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await run(ops.removeTeamMember, { input }, stranger.token)).code).toBe('NOT_FOUND');
  });

  test('only organization members can join a team, once', async () => {
    const fixture = await orgFixture(stack);
    const stranger = await signUpUser(stack);
    const user = await orgMember(stack, fixture, 'MEMBER');
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
    const outsider = await run(
      ops.addTeamMember,
      { input: { teamId: team.id, userId: stranger.userId } },
      fixture.owner.token,
    );
    expect(errorOf(outsider)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    await addTeamMember(stack, fixture.owner.token, team.id, user.userId);
    const twice = await run(
      ops.addTeamMember,
      { input: { teamId: team.id, userId: user.userId } },
      fixture.owner.token,
    );
    expect(errorOf(twice).code).toBe('CONFLICT');
  });

  test('node(id) resolves a team for organization members only', async () => {
    const fixture = await orgFixture(stack);
    const stranger = await signUpUser(stack);
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId, 'Nodes');
    const query = `query($id: ID!) { node(id: $id) { id ... on Team { name } } }`;
    expect(dataOf(await run(query, { id: team.id }, fixture.owner.token)).node).toEqual({ id: team.id, name: 'Nodes' });
    const hidden = await run(query, { id: team.id }, stranger.token);
    expect(hidden.body.data?.node ?? null).toBeNull();
  });

  test('removing someone who is not in the team is NOT_FOUND', async () => {
    const fixture = await orgFixture(stack);
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
    const res = await run(
      ops.removeTeamMember,
      { input: { teamId: team.id, userId: fixture.owner.userId } },
      fixture.owner.token,
    );
    expect(errorOf(res).code).toBe('NOT_FOUND');
  });

  test.each([
    ['teamId', 'input.teamId'],
    ['userId', 'input.userId'],
  ])('a bad %s is BAD_USER_INPUT naming the field', async (key, field) => {
    const fixture = await orgFixture(stack);
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
    const input = { teamId: team.id, userId: fixture.owner.userId, [key]: 'bad' };
    expect(errorOf(await run(ops.addTeamMember, { input }, fixture.owner.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(errorOf(await run(ops.removeTeamMember, { input }, fixture.owner.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });
});

describe('teams in projects', () => {
  test('an ADMIN attaches a team, lists it with its role, and detaches it', async () => {
    const fixture = await projectFixture(stack);
    const { owner, project } = fixture;
    const team = await createTeam(stack, owner.token, fixture.organizationId);
    const attached = await run(
      ops.attachTeamToProject,
      { input: { projectId: project.id, teamId: team.id, role: 'MEMBER' } },
      owner.token,
    );
    expect(dataOf(attached).attachTeamToProject).toEqual({
      project: { id: project.id },
      team: { id: team.id },
      role: 'MEMBER',
    });
    const listed = await run(
      `query($id: ID!) { project(id: $id) { teams { totalCount edges { role node { id name } } } } }`,
      { id: project.id },
      owner.token,
    );
    expect(dataOf(listed).project.teams).toEqual({
      totalCount: 1,
      edges: [{ role: 'MEMBER', node: { id: team.id, name: team.name } }],
    });
    const detached = await run(
      ops.detachTeamFromProject,
      { input: { projectId: project.id, teamId: team.id } },
      owner.token,
    );
    expect(dataOf(detached).detachTeamFromProject).toEqual({ project: { id: project.id }, detachedTeamId: team.id });
  });

  test('a team of another organization cannot be attached', async () => {
    const fixture = await projectFixture(stack);
    const other = await orgFixture(stack);
    const otherTeam = await createTeam(stack, other.owner.token, other.organizationId);
    const res = await run(
      ops.attachTeamToProject,
      { input: { projectId: fixture.project.id, teamId: otherTeam.id, role: 'VIEWER' } },
      fixture.owner.token,
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.teamId' });
  });

  test('attaching a team twice is a CONFLICT; detaching an unattached team is NOT_FOUND', async () => {
    const fixture = await projectFixture(stack);
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
    await attachTeam(stack, fixture.owner.token, fixture.project.id, team.id, 'VIEWER');
    const twice = await run(
      ops.attachTeamToProject,
      { input: { projectId: fixture.project.id, teamId: team.id, role: 'ADMIN' } },
      fixture.owner.token,
    );
    expect(errorOf(twice).code).toBe('CONFLICT');
    const other = await createTeam(stack, fixture.owner.token, fixture.organizationId);
    const detach = await run(
      ops.detachTeamFromProject,
      { input: { projectId: fixture.project.id, teamId: other.id } },
      fixture.owner.token,
    );
    expect(errorOf(detach).code).toBe('NOT_FOUND');
  });

  test.each([
    ['projectId', 'input.projectId'],
    ['teamId', 'input.teamId'],
  ])('a bad %s is BAD_USER_INPUT naming the field', async (key, field) => {
    const fixture = await projectFixture(stack);
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
    const input = { projectId: fixture.project.id, teamId: team.id, [key]: globalId('User') };
    expect(
      errorOf(await run(ops.attachTeamToProject, { input: { ...input, role: 'VIEWER' } }, fixture.owner.token)),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(errorOf(await run(ops.detachTeamFromProject, { input }, fixture.owner.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });

  test('a member through a team alone sees the project with the team role and no direct role', async () => {
    const fixture = await projectFixture(stack);
    const user = await orgMember(stack, fixture, 'MEMBER');
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
    await addTeamMember(stack, fixture.owner.token, team.id, user.userId);
    await attachTeam(stack, fixture.owner.token, fixture.project.id, team.id, 'MEMBER');
    const res = await run(
      `query($id: ID!) { project(id: $id) { viewerRole members { edges { node { id } role directRole } } } }`,
      { id: fixture.project.id },
      user.token,
    );
    const project = dataOf(res).project;
    expect(project.viewerRole).toBe('MEMBER');
    expect(project.members.edges).toContainEqual({ node: { id: user.userId }, role: 'MEMBER', directRole: null });
  });
});

describe('Organization.teams', () => {
  test('organization members list its teams oldest first', async () => {
    const fixture = await orgFixture(stack);
    const guest = await orgMember(stack, fixture, 'GUEST');
    const a = await createTeam(stack, fixture.owner.token, fixture.organizationId, 'Alpha');
    const b = await createTeam(stack, fixture.owner.token, fixture.organizationId, 'Beta');
    const res = await run(
      `query($id: ID!) { organization(id: $id) { teams(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
      { id: fixture.organizationId },
      guest.token,
    );
    const teams = dataOf(res).organization.teams;
    expect(teams).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { id: a.id } }] });
    const next = await run(
      `query($id: ID!, $after: String) { organization(id: $id) { teams(after: $after) { edges { node { id } } } } }`,
      { id: fixture.organizationId, after: teams.pageInfo.endCursor },
      guest.token,
    );
    expect(dataOf(next).organization.teams.edges).toEqual([{ node: { id: b.id } }]);
  });

  test('someone leaving the organization sees an empty Organization.teams in the payload, not an error', async () => {
    const fixture = await projectFixture(stack);
    const user = await projectMember(stack, fixture, fixture.project.id, 'VIEWER');
    await createTeam(stack, fixture.owner.token, fixture.organizationId);
    const res = await run(
      `mutation($input: RemoveOrganizationMemberInput!) {
        removeOrganizationMember(input: $input) { removedUserId organization { id teams { totalCount edges { node { id } } } } }
      }`,
      { input: { organizationId: fixture.organizationId, userId: user.userId } },
      user.token,
    );
    expect(dataOf(res).removeOrganizationMember.organization.teams).toEqual({ totalCount: 0, edges: [] });
  });
});
