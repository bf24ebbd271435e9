import { createProject, dataOf, errorOf, graphql, signUpUser, useTestStack } from '../testkit';
import { globalId, ops, orgFixture, orgMember, projectFixture, projectMember } from './helpers';

const stack = useTestStack();

const run = (query: string, variables: Record<string, unknown>, token?: string) =>
  graphql(stack.routerUrl, query, variables, { token });

describe('createProject', () => {
  test('an organization member creates a project and becomes its ADMIN', async () => {
    const fixture = await orgFixture(stack);
    const member = await orgMember(stack, fixture, 'MEMBER');
    const res = await run(
      ops.createProject,
      { input: { organizationId: fixture.organizationId, key: 'WEB', name: '  Website  ', description: '# Hi' } },
      member.token,
    );
    const { project } = dataOf(res).createProject;
    expect(project).toMatchObject({
      key: 'WEB',
      name: 'Website',
      description: '# Hi',
      viewerRole: 'ADMIN',
      organization: { id: fixture.organizationId },
    });
    const members = dataOf(await run(ops.members, { id: project.id }, member.token)).project.members;
    expect(members.edges).toEqual([
      expect.objectContaining({ node: { id: member.userId, name: member.name }, role: 'ADMIN', directRole: 'ADMIN' }),
    ]);
  });

  test('an organization GUEST cannot create projects', async () => {
    const fixture = await orgFixture(stack);
    const guest = await orgMember(stack, fixture, 'GUEST');
    const res = await run(
      ops.createProject,
      { input: { organizationId: fixture.organizationId, key: 'WEB', name: 'W' } },
      guest.token,
    );
    expect(errorOf(res).code).toBe('FORBIDDEN');
  });

  test('a non-member of the organization gets NOT_FOUND for it', async () => {
    const fixture = await orgFixture(stack);
    const stranger = await signUpUser(stack);
    const res = await run(
      ops.createProject,
      { input: { organizationId: fixture.organizationId, key: 'WEB', name: 'W' } },
      stranger.token,
    );
    expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', message: 'Organization not found.' });
  });

  test('a key already used in the organization is a CONFLICT, but another organization may reuse it', async () => {
    const fixture = await orgFixture(stack);
    await createProject(stack, fixture.owner.token, fixture.organizationId, { key: 'DUP' });
    const res = await run(
      ops.createProject,
      { input: { organizationId: fixture.organizationId, key: 'DUP', name: 'Again' } },
      fixture.owner.token,
    );
    expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', field: 'input.key' });
    const other = await orgFixture(stack);
    await expect(createProject(stack, other.owner.token, other.organizationId, { key: 'DUP' })).resolves.toMatchObject({
      key: 'DUP',
    });
  });

  test.each([
    ['organizationId', { organizationId: 'nope' }, 'input.organizationId'],
    ['organizationId of another type', { organizationId: globalId('Project') }, 'input.organizationId'],
    ['lowercase key', { key: 'web' }, 'input.key'],
    ['one-letter key', { key: 'W' }, 'input.key'],
    ['eleven-character key', { key: 'ABCDEFGHIJK' }, 'input.key'],
    ['key starting with a digit', { key: '1AB' }, 'input.key'],
    ['key with a hyphen', { key: 'A-B' }, 'input.key'],
    ['empty name', { name: '' }, 'input.name'],
    ['blank name', { name: '   ' }, 'input.name'],
    ['101-character name', { name: 'x'.repeat(101) }, 'input.name'],
    ['10,001-character description', { description: 'x'.repeat(10_001) }, 'input.description'],
  ])('a bad %s is BAD_USER_INPUT naming the field', async (_case, override, field) => {
    const fixture = await orgFixture(stack);
    const input = { organizationId: fixture.organizationId, key: 'OK', name: 'Fine', ...override };
    const res = await run(ops.createProject, { input }, fixture.owner.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('boundary values are accepted: 10-character key, 100-character name, 10,000-character description', async () => {
    const fixture = await orgFixture(stack);
    const input = {
      organizationId: fixture.organizationId,
      key: 'A123456789',
      name: 'n'.repeat(100),
      description: 'd'.repeat(10_000),
    };
    const res = await run(ops.createProject, { input }, fixture.owner.token);
    expect(dataOf(res).createProject.project.key).toBe('A123456789');
  });
});

describe('updateProject', () => {
  test('a project ADMIN changes the name and description; omitted fields keep their value', async () => {
    const { owner, project } = await projectFixture(stack);
    const renamed = await run(ops.updateProject, { input: { id: project.id, name: ' Renamed ' } }, owner.token);
    expect(dataOf(renamed).updateProject.project).toMatchObject({ name: 'Renamed', description: '' });
    const described = await run(ops.updateProject, { input: { id: project.id, description: 'About' } }, owner.token);
    expect(dataOf(described).updateProject.project).toMatchObject({ name: 'Renamed', description: 'About' });
  });

  test.each([
    ['id', { id: 'bad' }, 'input.id'],
    ['empty name', { name: ' ' }, 'input.name'],
    ['101-character name', { name: 'x'.repeat(101) }, 'input.name'],
    ['10,001-character description', { description: 'x'.repeat(10_001) }, 'input.description'],
  ])('a bad %s is BAD_USER_INPUT naming the field', async (_case, override, field) => {
    const { owner, project } = await projectFixture(stack);
    const res = await run(ops.updateProject, { input: { id: project.id, ...override } }, owner.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('reading projects', () => {
  test('project, projectByKey and node(id) return a project to its members', async () => {
    const { owner, organizationId, project } = await projectFixture(stack);
    const res = await run(
      `query($id: ID!, $org: ID!, $key: String!) {
        project(id: $id) { key }
        projectByKey(organizationId: $org, key: $key) { id }
        node(id: $id) { id ... on Project { key name } }
      }`,
      { id: project.id, org: organizationId, key: project.key },
      owner.token,
    );
    expect(dataOf(res)).toEqual({
      project: { key: project.key },
      projectByKey: { id: project.id },
      node: { id: project.id, key: project.key, name: `Project ${project.key}` },
    });
  });

  test('a non-member cannot tell an existing project from a missing one', async () => {
    const { organizationId, project } = await projectFixture(stack);
    const stranger = await signUpUser(stack);
    const existing = await run(ops.project, { id: project.id }, stranger.token);
    const missing = await run(ops.project, { id: globalId('Project') }, stranger.token);
    expect(errorOf(existing)).toEqual(errorOf(missing));
    expect(errorOf(existing)).toMatchObject({ code: 'NOT_FOUND', message: 'Project not found.' });
    const byKey = await run(
      `query($org: ID!, $key: String!) { projectByKey(organizationId: $org, key: $key) { id } }`,
      { org: organizationId, key: project.key },
      stranger.token,
    );
    expect(errorOf(byKey)).toMatchObject({ code: 'NOT_FOUND', message: 'Project not found.' });
  });

  test('projectByKey with an unknown key is NOT_FOUND', async () => {
    const { owner, organizationId } = await projectFixture(stack);
    const res = await run(
      `query($org: ID!) { projectByKey(organizationId: $org, key: "NOPE") { id } }`,
      { org: organizationId },
      owner.token,
    );
    expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', message: 'Project not found.' });
  });

  test('an organization MEMBER outside the project cannot see it either', async () => {
    const fixture = await projectFixture(stack);
    const colleague = await orgMember(stack, fixture, 'MEMBER');
    expect(errorOf(await run(ops.project, { id: fixture.project.id }, colleague.token)).code).toBe('NOT_FOUND');
  });

  test('node(id) of a project the caller cannot see has no project data', async () => {
    const { project } = await projectFixture(stack);
    const stranger = await signUpUser(stack);
    const res = await run(
      `query($id: ID!) { node(id: $id) { ... on Project { key } } }`,
      { id: project.id },
      stranger.token,
    );
    expect(res.body.data?.node ?? null).toBeNull();
  });

  test('a malformed project ID is BAD_USER_INPUT', async () => {
    const { owner } = await projectFixture(stack);
    const res = await run(ops.project, { id: 'not-an-id' }, owner.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  test('viewerPermissions follow the effective role', async () => {
    const fixture = await projectFixture(stack);
    const viewer = await projectMember(stack, fixture, fixture.project.id, 'VIEWER');
    const member = await projectMember(stack, fixture, fixture.project.id, 'MEMBER');
    const permissions = async (token: string) =>
      dataOf(await run(ops.viewer, { id: fixture.project.id }, token)).project;
    expect(await permissions(viewer.token)).toEqual({
      viewerRole: 'VIEWER',
      viewerPermissions: { canRead: true, canWrite: false, canAdminister: false, canManageMembers: false },
    });
    expect(await permissions(member.token)).toEqual({
      viewerRole: 'MEMBER',
      viewerPermissions: { canRead: true, canWrite: true, canAdminister: false, canManageMembers: false },
    });
    expect(await permissions(fixture.owner.token)).toEqual({
      viewerRole: 'ADMIN',
      viewerPermissions: { canRead: true, canWrite: true, canAdminister: true, canManageMembers: true },
    });
  });

  test('Organization.projects lists only the projects the caller has a role in, oldest first, page by page', async () => {
    const fixture = await orgFixture(stack);
    const member = await orgMember(stack, fixture, 'MEMBER');
    const keys = ['AONE', 'ATWO', 'ATHREE'];
    for (const key of keys) {
      const project = await createProject(stack, fixture.owner.token, fixture.organizationId, { key });
      if (key !== 'ATWO') {
        dataOf(
          await run(
            ops.addProjectMember,
            { input: { projectId: project.id, userId: member.userId, role: 'VIEWER' } },
            fixture.owner.token,
          ),
        );
      }
    }
    const page = async (after?: string) =>
      dataOf(
        await run(
          `query($id: ID!, $after: String) { organization(id: $id) { projects(first: 1, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { key viewerRole } } } } }`,
          { id: fixture.organizationId, after },
          member.token,
        ),
      ).organization.projects;
    const first = await page();
    expect(first).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      edges: [{ node: { key: 'AONE', viewerRole: 'VIEWER' } }],
    });
    const second = await page(first.pageInfo.endCursor);
    expect(second).toMatchObject({ pageInfo: { hasNextPage: false }, edges: [{ node: { key: 'ATHREE' } }] });
  });
});

describe('authentication', () => {
  test.each([
    ['project', `query { project(id: "x") { id } }`],
    ['projectByKey', `query { projectByKey(organizationId: "x", key: "WEB") { id } }`],
    ['team', `query { team(id: "x") { id } }`],
    [
      'createProject',
      `mutation { createProject(input: { organizationId: "x", key: "WEB", name: "W" }) { project { id } } }`,
    ],
    ['updateProject', `mutation { updateProject(input: { id: "x" }) { project { id } } }`],
    [
      'addProjectMember',
      `mutation { addProjectMember(input: { projectId: "x", userId: "y", role: VIEWER }) { role } }`,
    ],
    [
      'changeProjectMemberRole',
      `mutation { changeProjectMemberRole(input: { projectId: "x", userId: "y", role: VIEWER }) { role } }`,
    ],
    [
      'removeProjectMember',
      `mutation { removeProjectMember(input: { projectId: "x", userId: "y" }) { removedUserId } }`,
    ],
    ['createTeam', `mutation { createTeam(input: { organizationId: "x", name: "T" }) { team { id } } }`],
    ['addTeamMember', `mutation { addTeamMember(input: { teamId: "x", userId: "y" }) { team { id } } }`],
    ['removeTeamMember', `mutation { removeTeamMember(input: { teamId: "x", userId: "y" }) { removedUserId } }`],
    [
      'attachTeamToProject',
      `mutation { attachTeamToProject(input: { projectId: "x", teamId: "y", role: VIEWER }) { role } }`,
    ],
    [
      'detachTeamFromProject',
      `mutation { detachTeamFromProject(input: { projectId: "x", teamId: "y" }) { detachedTeamId } }`,
    ],
  ])('%s requires a signed-in caller', async (_field, query) => {
    expect(errorOf(await run(query, {})).code).toBe('UNAUTHENTICATED');
  });
});
