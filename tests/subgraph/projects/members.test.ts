import {
  addProjectMember,
  createProject,
  dataOf,
  errorOf,
  anonymous,
  signUpUser,
  useSubgraph,
  type TestUser,
} from '../../testkit';
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
  viewerRoleOf,
} from '../../projects/helpers';

// Organization roles come from the users subgraph (signed service calls over HTTP), which also seeds people.
const stack = useSubgraph('projects', { with: ['users'] });

// Names come from the users subgraph through the router: the members list with names is a stack test.
const membersQuery = ops.members.replace('node { id name }', 'node { id }');

const run = (query: string, variables: Record<string, unknown>, token?: string) =>
  stack.execute(token ? { token } : anonymous, query, variables);

describe('who may manage a project', () => {
  let fixture: Awaited<ReturnType<typeof projectFixture>>;
  let callers: Record<'outsider' | 'stranger' | 'VIEWER' | 'MEMBER', TestUser>;
  let target: TestUser;
  let teamId: string;

  beforeAll(async () => {
    fixture = await projectFixture(stack);
    const projectId = fixture.project.id;
    callers = {
      stranger: await signUpUser(stack),
      outsider: await orgMember(stack, fixture, 'MEMBER'),
      VIEWER: await projectMember(stack, fixture, projectId, 'VIEWER'),
      MEMBER: await projectMember(stack, fixture, projectId, 'MEMBER'),
    };
    target = await projectMember(stack, fixture, projectId, 'VIEWER');
    teamId = (await createTeam(stack, fixture.owner.token, fixture.organizationId)).id;
    await attachTeam(
      stack,
      fixture.owner.token,
      projectId,
      (await createTeam(stack, fixture.owner.token, fixture.organizationId)).id,
      'VIEWER',
    );
  });

  const mutations: [string, () => [string, Record<string, unknown>]][] = [
    ['updateProject', () => [ops.updateProject, { id: fixture.project.id, name: 'X' }]],
    [
      'addProjectMember',
      () => [ops.addProjectMember, { projectId: fixture.project.id, userId: callers.outsider.userId, role: 'VIEWER' }],
    ],
    [
      'changeProjectMemberRole',
      () => [ops.changeProjectMemberRole, { projectId: fixture.project.id, userId: target.userId, role: 'ADMIN' }],
    ],
    ['removeProjectMember', () => [ops.removeProjectMember, { projectId: fixture.project.id, userId: target.userId }]],
    ['attachTeamToProject', () => [ops.attachTeamToProject, { projectId: fixture.project.id, teamId, role: 'ADMIN' }]],
    ['detachTeamFromProject', () => [ops.detachTeamFromProject, { projectId: fixture.project.id, teamId }]],
  ];

  test.each(mutations)(
    '%s is NOT_FOUND for non-members and FORBIDDEN for VIEWER and MEMBER',
    async (_name, operation) => {
      const [query, input] = operation();
      for (const caller of ['stranger', 'outsider'] as const) {
        expect(errorOf(await run(query, { input }, callers[caller].token))).toMatchObject({
          code: 'NOT_FOUND',
          message: 'Project not found.',
        });
      }
      for (const caller of ['VIEWER', 'MEMBER'] as const) {
        expect(errorOf(await run(query, { input }, callers[caller].token)).code).toBe('FORBIDDEN');
      }
    },
  );

  test('the members list is readable by a VIEWER', async () => {
    const res = await run(membersQuery, { id: fixture.project.id }, callers.VIEWER.token);
    expect(dataOf(res).project.members.totalCount).toBe(4);
  });
});

describe('addProjectMember', () => {
  test('an ADMIN adds an organization member with a role', async () => {
    const fixture = await projectFixture(stack);
    const user = await orgMember(stack, fixture, 'GUEST');
    const res = await run(
      ops.addProjectMember,
      { input: { projectId: fixture.project.id, userId: user.userId, role: 'MEMBER' } },
      fixture.owner.token,
    );
    expect(dataOf(res).addProjectMember).toEqual({
      project: { id: fixture.project.id },
      user: { id: user.userId },
      role: 'MEMBER',
    });
    expect(await viewerRoleOf(stack, user.token, fixture.project.id)).toBe('MEMBER');
  });

  test('only organization members can be added', async () => {
    const fixture = await projectFixture(stack);
    const stranger = await signUpUser(stack);
    const res = await run(
      ops.addProjectMember,
      { input: { projectId: fixture.project.id, userId: stranger.userId, role: 'VIEWER' } },
      fixture.owner.token,
    );
    expect(errorOf(res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.userId',
      message: "The user is not a member of the project's organization.",
    });
  });

  test('adding a direct member twice is a CONFLICT', async () => {
    const fixture = await projectFixture(stack);
    const user = await projectMember(stack, fixture, fixture.project.id, 'VIEWER');
    const res = await run(
      ops.addProjectMember,
      { input: { projectId: fixture.project.id, userId: user.userId, role: 'ADMIN' } },
      fixture.owner.token,
    );
    expect(errorOf(res).code).toBe('CONFLICT');
  });

  test.each([
    ['projectId', (p: string, u: string) => ({ projectId: 'x', userId: u }), 'input.projectId'],
    ['userId', (p: string) => ({ projectId: p, userId: 'x' }), 'input.userId'],
    ['userId of another type', (p: string) => ({ projectId: p, userId: p }), 'input.userId'],
  ])('a bad %s is BAD_USER_INPUT naming the field', async (_case, build, field) => {
    const fixture = await projectFixture(stack);
    const res = await run(
      ops.addProjectMember,
      { input: { ...build(fixture.project.id, fixture.owner.userId), role: 'VIEWER' } },
      fixture.owner.token,
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('changeProjectMemberRole and removeProjectMember', () => {
  test('an ADMIN changes a direct role and removes a member', async () => {
    const fixture = await projectFixture(stack);
    const user = await projectMember(stack, fixture, fixture.project.id, 'VIEWER');
    const changed = await run(
      ops.changeProjectMemberRole,
      { input: { projectId: fixture.project.id, userId: user.userId, role: 'ADMIN' } },
      fixture.owner.token,
    );
    expect(dataOf(changed).changeProjectMemberRole.role).toBe('ADMIN');
    expect(await viewerRoleOf(stack, user.token, fixture.project.id)).toBe('ADMIN');
    const removed = await run(
      ops.removeProjectMember,
      { input: { projectId: fixture.project.id, userId: user.userId } },
      fixture.owner.token,
    );
    expect(dataOf(removed).removeProjectMember).toEqual({
      project: { id: fixture.project.id },
      removedUserId: user.userId,
    });
    expect(errorOf(await run(ops.project, { id: fixture.project.id }, user.token)).code).toBe('NOT_FOUND');
  });

  test('a VIEWER may remove themselves', async () => {
    const fixture = await projectFixture(stack);
    const user = await projectMember(stack, fixture, fixture.project.id, 'VIEWER');
    const res = await run(
      ops.removeProjectMember,
      { input: { projectId: fixture.project.id, userId: user.userId } },
      user.token,
    );
    expect(dataOf(res).removeProjectMember.removedUserId).toBe(user.userId);
  });

  test('the last ADMIN can be neither demoted nor removed, even when a team gives someone ADMIN', async () => {
    const fixture = await projectFixture(stack);
    const { owner, project } = fixture;
    const teamMate = await orgMember(stack, fixture, 'MEMBER');
    const team = await createTeam(stack, owner.token, fixture.organizationId);
    await addTeamMember(stack, owner.token, team.id, teamMate.userId);
    await attachTeam(stack, owner.token, project.id, team.id, 'ADMIN');

    const demote = await run(
      ops.changeProjectMemberRole,
      { input: { projectId: project.id, userId: owner.userId, role: 'MEMBER' } },
      owner.token,
    );
    expect(errorOf(demote).code).toBe('CONFLICT');
    const remove = await run(
      ops.removeProjectMember,
      { input: { projectId: project.id, userId: owner.userId } },
      owner.token,
    );
    expect(errorOf(remove).code).toBe('CONFLICT');
    const byTeamAdmin = await run(
      ops.removeProjectMember,
      { input: { projectId: project.id, userId: owner.userId } },
      teamMate.token,
    );
    expect(errorOf(byTeamAdmin).code).toBe('CONFLICT');
    expect(await viewerRoleOf(stack, owner.token, project.id)).toBe('ADMIN');
  });

  test('with a second ADMIN, an ADMIN can step down', async () => {
    const fixture = await projectFixture(stack);
    // Organization MEMBERs: the owner would stay ADMIN through the organization whatever their direct role.
    const first = await projectMember(stack, fixture, fixture.project.id, 'ADMIN');
    const second = await projectMember(stack, fixture, fixture.project.id, 'ADMIN');
    const res = await run(
      ops.changeProjectMemberRole,
      { input: { projectId: fixture.project.id, userId: first.userId, role: 'VIEWER' } },
      first.token,
    );
    expect(dataOf(res).changeProjectMemberRole.role).toBe('VIEWER');
    expect(await viewerRoleOf(stack, first.token, fixture.project.id)).toBe('VIEWER');
    expect(await viewerRoleOf(stack, second.token, fixture.project.id)).toBe('ADMIN');
  });

  test('two ADMINs demoting each other at the same time leave one ADMIN', async () => {
    // Organization MEMBERs, so that their direct roles are their effective roles.
    const fixture = await orgFixture(stack);
    const first = await orgMember(stack, fixture, 'MEMBER');
    const { id: projectId } = await createProject(stack, first.token, fixture.organizationId);
    const second = await orgMember(stack, fixture, 'MEMBER');
    await addProjectMember(stack, first.token, projectId, second.userId, 'ADMIN');
    const results = await Promise.all([
      run(ops.changeProjectMemberRole, { input: { projectId, userId: second.userId, role: 'VIEWER' } }, first.token),
      run(ops.changeProjectMemberRole, { input: { projectId, userId: first.userId, role: 'VIEWER' } }, second.token),
    ]);
    const codes = results.map((res) => res.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    // The loser is refused either way: CONFLICT when its ADMIN check ran before the winner's commit
    // (demoting the last ADMIN), FORBIDDEN when after it (it is no longer an ADMIN). Which one depends
    // only on timing; the guarantee is that exactly one demotion happens.
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect([
      ['CONFLICT', 'OK'],
      ['FORBIDDEN', 'OK'],
    ]).toContainEqual(codes);
    const roles = await Promise.all([
      viewerRoleOf(stack, first.token, projectId),
      viewerRoleOf(stack, second.token, projectId),
    ]);
    expect(roles.filter((role) => role === 'ADMIN')).toHaveLength(1);
  });

  test('changing or removing someone who is not a direct member is NOT_FOUND', async () => {
    const fixture = await projectFixture(stack);
    const user = await orgMember(stack, fixture, 'MEMBER');
    const input = { projectId: fixture.project.id, userId: user.userId };
    expect(
      errorOf(await run(ops.changeProjectMemberRole, { input: { ...input, role: 'ADMIN' } }, fixture.owner.token)).code,
    ).toBe('NOT_FOUND');
    expect(errorOf(await run(ops.removeProjectMember, { input }, fixture.owner.token)).code).toBe('NOT_FOUND');
  });

  test.each([
    ['projectId', 'input.projectId'],
    ['userId', 'input.userId'],
  ])('a bad %s is BAD_USER_INPUT naming the field', async (key, field) => {
    const fixture = await projectFixture(stack);
    const input = { projectId: fixture.project.id, userId: fixture.owner.userId, [key]: globalId('Team') };
    expect(
      errorOf(await run(ops.changeProjectMemberRole, { input: { ...input, role: 'ADMIN' } }, fixture.owner.token)),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(errorOf(await run(ops.removeProjectMember, { input }, fixture.owner.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });
});

describe('effective roles and the members list', () => {
  test('the effective role is the highest of the direct role and the team roles', async () => {
    const fixture = await projectFixture(stack);
    const { owner, project } = fixture;
    const user = await projectMember(stack, fixture, project.id, 'VIEWER');
    const team = await createTeam(stack, owner.token, fixture.organizationId);
    await addTeamMember(stack, owner.token, team.id, user.userId);
    await attachTeam(stack, owner.token, project.id, team.id, 'ADMIN');
    expect(await viewerRoleOf(stack, user.token, project.id)).toBe('ADMIN');

    const members = dataOf(await run(membersQuery, { id: project.id }, owner.token)).project.members;
    expect(members.edges.find((e: { node: { id: string } }) => e.node.id === user.userId)).toMatchObject({
      role: 'ADMIN',
      directRole: 'VIEWER',
    });
    // The team's ADMIN role lets them administer.
    const renamed = await run(ops.updateProject, { input: { id: project.id, name: 'By team admin' } }, user.token);
    expect(dataOf(renamed).updateProject.project.name).toBe('By team admin');

    dataOf(await run(ops.detachTeamFromProject, { input: { projectId: project.id, teamId: team.id } }, owner.token));
    expect(await viewerRoleOf(stack, user.token, project.id)).toBe('VIEWER');
  });

  test('a lower team role does not lower a higher direct role', async () => {
    const fixture = await projectFixture(stack);
    const user = await projectMember(stack, fixture, fixture.project.id, 'MEMBER');
    const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
    await addTeamMember(stack, fixture.owner.token, team.id, user.userId);
    await attachTeam(stack, fixture.owner.token, fixture.project.id, team.id, 'VIEWER');
    expect(await viewerRoleOf(stack, user.token, fixture.project.id)).toBe('MEMBER');
  });

  test.each([
    ['negative first', { first: -1 }, 'first'],
    ['garbage cursor', { after: 'garbage' }, 'after'],
    ['cursor of the wrong shape', { after: Buffer.from('["x"]').toString('base64url') }, 'after'],
  ])('a %s is BAD_USER_INPUT', async (_case, args, field) => {
    const { owner, project } = await projectFixture(stack);
    expect(errorOf(await run(membersQuery, { id: project.id, ...args }, owner.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });
});
