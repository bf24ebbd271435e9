import {
  addOrganizationMember,
  addProjectMember,
  createOrganization,
  createProject,
  dataOf,
  errorOf,
  graphql,
  rawId,
  signUpUser,
  useTestStack,
  type GraphQLResponse,
  type TestUser,
} from '../testkit';
import { outboxEventsOf, outboxRowsOf, streamEventIds, waitUntilPublished } from '../testkit/outbox';

const stack = useTestStack();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
const run = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<any>> =>
  graphql(stack.routerUrl, query, variables, { token });

const ops = {
  createProject: `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id key } } }`,
  updateProject: `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { project { name description } } }`,
  changeRole: `mutation ($input: ChangeProjectMemberRoleInput!) { changeProjectMemberRole(input: $input) { role } }`,
  removeMember: `mutation ($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) { removedUserId } }`,
  addMember: `mutation ($input: AddProjectMemberInput!) { addProjectMember(input: $input) { role } }`,
  createTeam: `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }`,
  attachTeam: `mutation ($input: AttachTeamToProjectInput!) { attachTeamToProject(input: $input) { role } }`,
  detachTeam: `mutation ($input: DetachTeamFromProjectInput!) { detachTeamFromProject(input: $input) { detachedTeamId } }`,
  addTeamMember: `mutation ($input: AddTeamMemberInput!) { addTeamMember(input: $input) { team { id } } }`,
  removeTeamMember: `mutation ($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { removedUserId } }`,
};

const outboxRows = (action: () => Promise<unknown>) => outboxRowsOf(stack, 'projects', action);
const eventsOf = (action: () => Promise<unknown>) => outboxEventsOf(stack, 'projects', action);

interface Fixture {
  owner: TestUser;
  member: TestUser;
  organizationId: string;
  project: { id: string; key: string };
}

/** An organization whose owner administers a project, and a second organization member outside it. */
async function fixture(): Promise<Fixture> {
  const [owner, member] = await Promise.all([signUpUser(stack), signUpUser(stack)]);
  const organization = await createOrganization(stack, owner.token);
  await addOrganizationMember(stack, owner.token, organization.id, member, 'MEMBER');
  const project = await createProject(stack, owner.token, organization.id, { name: 'Website' });
  return { owner, member, organizationId: organization.id, project };
}

const about = (f: Fixture, actor: TestUser, aggregateId = rawId(f.project.id)) => ({
  id: expect.stringMatching(/^[0-9a-f-]{36}$/),
  version: 1,
  occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
  actorId: rawId(actor.userId),
  organizationId: rawId(f.organizationId),
  projectId: rawId(f.project.id),
  aggregateId,
});

async function createTeam(f: Fixture, name: string): Promise<string> {
  const res = await run(f.owner.token, ops.createTeam, { input: { organizationId: f.organizationId, name } });
  return dataOf(res).createTeam.team.id;
}

describe('projects', () => {
  test('createProject writes project.created and the creator joining as ADMIN, in one change', async () => {
    const owner = await signUpUser(stack);
    const organization = await createOrganization(stack, owner.token);
    let project = { id: '', key: '' };
    const rows = await outboxRows(async () => {
      const res = await run(owner.token, ops.createProject, {
        input: { organizationId: organization.id, key: 'SHOP', name: 'Shop' },
      });
      project = dataOf(res).createProject.project;
    });
    const f: Fixture = { owner, member: owner, organizationId: organization.id, project };
    expect(rows.map((row) => [row.stream, row.type, row.id === row.envelope.id])).toEqual([
      ['projects', 'project.created', true],
      ['projects', 'project.member_added', true],
    ]);
    expect(rows.map((row) => row.envelope)).toEqual([
      {
        ...about(f, owner),
        type: 'project.created',
        payload: {
          project: { id: rawId(project.id), organizationId: rawId(organization.id), key: 'SHOP', name: 'Shop' },
        },
      },
      {
        ...about(f, owner),
        type: 'project.member_added',
        payload: { userId: rawId(owner.userId), role: 'ADMIN' },
      },
    ]);
  });

  test('a project key already used in the organization is a CONFLICT and writes no event', async () => {
    const f = await fixture();
    const events = await eventsOf(async () => {
      const res = await run(f.owner.token, ops.createProject, {
        input: { organizationId: f.organizationId, key: f.project.key, name: 'Again' },
      });
      expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', field: 'input.key' });
    });
    expect(events).toEqual([]);
  });

  test('updateProject writes project.updated with only the fields that changed', async () => {
    const f = await fixture();
    const events = await eventsOf(async () =>
      dataOf(
        await run(f.owner.token, ops.updateProject, {
          input: { id: f.project.id, name: 'Website', description: 'The public site' },
        }),
      ),
    );
    expect(events).toEqual([
      {
        ...about(f, f.owner),
        type: 'project.updated',
        payload: {
          project: {
            id: rawId(f.project.id),
            organizationId: rawId(f.organizationId),
            key: f.project.key,
            name: 'Website',
          },
          changedFields: ['description'],
        },
      },
    ]);
  });

  test('an update that changes nothing writes no event', async () => {
    const f = await fixture();
    const events = await eventsOf(async () =>
      dataOf(await run(f.owner.token, ops.updateProject, { input: { id: f.project.id, name: 'Website' } })),
    );
    expect(events).toEqual([]);
  });

  test('an update refused as BAD_USER_INPUT writes no event', async () => {
    const f = await fixture();
    const events = await eventsOf(async () =>
      expect(
        errorOf(await run(f.owner.token, ops.updateProject, { input: { id: f.project.id, name: ' ' } })).code,
      ).toBe('BAD_USER_INPUT'),
    );
    expect(events).toEqual([]);
  });
});

describe('project members', () => {
  test('adding, re-roling and removing a member write member_added, member_role_changed and member_removed', async () => {
    const f = await fixture();
    const userId = rawId(f.member.userId);
    const added = await eventsOf(() => addProjectMember(stack, f.owner.token, f.project.id, f.member.userId, 'VIEWER'));
    expect(added).toEqual([
      { ...about(f, f.owner), type: 'project.member_added', payload: { userId, role: 'VIEWER' } },
    ]);

    const input = { projectId: f.project.id, userId: f.member.userId };
    const changed = await eventsOf(async () =>
      dataOf(await run(f.owner.token, ops.changeRole, { input: { ...input, role: 'MEMBER' } })),
    );
    expect(changed).toEqual([
      {
        ...about(f, f.owner),
        type: 'project.member_role_changed',
        payload: { userId, role: 'MEMBER', previousRole: 'VIEWER' },
      },
    ]);

    const unchanged = await eventsOf(async () =>
      dataOf(await run(f.owner.token, ops.changeRole, { input: { ...input, role: 'MEMBER' } })),
    );
    expect(unchanged).toEqual([]);

    const removed = await eventsOf(async () => dataOf(await run(f.member.token, ops.removeMember, { input })));
    expect(removed).toEqual([
      { ...about(f, f.member), type: 'project.member_removed', payload: { userId, previousRole: 'MEMBER' } },
    ]);
  });

  test('demoting the last ADMIN is a CONFLICT and writes no event', async () => {
    const f = await fixture();
    const events = await eventsOf(async () => {
      const res = await run(f.owner.token, ops.changeRole, {
        input: { projectId: f.project.id, userId: f.owner.userId, role: 'MEMBER' },
      });
      expect(errorOf(res).code).toBe('CONFLICT');
    });
    expect(events).toEqual([]);
  });

  test('adding someone who is already a member is a CONFLICT and writes no event', async () => {
    const f = await fixture();
    await addProjectMember(stack, f.owner.token, f.project.id, f.member.userId, 'MEMBER');
    const events = await eventsOf(async () => {
      const res = await run(f.owner.token, ops.addMember, {
        input: { projectId: f.project.id, userId: f.member.userId, role: 'VIEWER' },
      });
      expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', field: 'input.userId' });
    });
    expect(events).toEqual([]);
  });
});

describe('teams', () => {
  test('attaching and detaching a team write project.team_attached and project.team_detached', async () => {
    const f = await fixture();
    const teamId = await createTeam(f, 'Platform');
    const attached = await eventsOf(async () =>
      dataOf(await run(f.owner.token, ops.attachTeam, { input: { projectId: f.project.id, teamId, role: 'MEMBER' } })),
    );
    expect(attached).toEqual([
      { ...about(f, f.owner), type: 'project.team_attached', payload: { teamId: rawId(teamId), role: 'MEMBER' } },
    ]);
    const detached = await eventsOf(async () =>
      dataOf(await run(f.owner.token, ops.detachTeam, { input: { projectId: f.project.id, teamId } })),
    );
    expect(detached).toEqual([
      { ...about(f, f.owner), type: 'project.team_detached', payload: { teamId: rawId(teamId) } },
    ]);
  });

  test('detaching a team that is not attached is NOT_FOUND and writes no event', async () => {
    const f = await fixture();
    const teamId = await createTeam(f, 'Loose');
    const events = await eventsOf(async () =>
      expect(
        errorOf(await run(f.owner.token, ops.detachTeam, { input: { projectId: f.project.id, teamId } })).code,
      ).toBe('NOT_FOUND'),
    );
    expect(events).toEqual([]);
  });

  test('team membership changes write team.* events with the team as aggregate and no project', async () => {
    const f = await fixture();
    const teamId = await createTeam(f, 'Design');
    const teamEvent = (actor: TestUser) => ({
      ...about(f, actor, rawId(teamId)),
      projectId: null,
    });
    const input = { teamId, userId: f.member.userId };
    const added = await eventsOf(async () => dataOf(await run(f.owner.token, ops.addTeamMember, { input })));
    expect(added).toEqual([
      {
        ...teamEvent(f.owner),
        type: 'team.member_added',
        payload: { teamId: rawId(teamId), userId: rawId(f.member.userId) },
      },
    ]);
    const removed = await eventsOf(async () => dataOf(await run(f.member.token, ops.removeTeamMember, { input })));
    expect(removed).toEqual([
      {
        ...teamEvent(f.member),
        type: 'team.member_removed',
        payload: { teamId: rawId(teamId), userId: rawId(f.member.userId) },
      },
    ]);
    const again = await eventsOf(async () =>
      expect(errorOf(await run(f.member.token, ops.removeTeamMember, { input })).code).toBe('NOT_FOUND'),
    );
    expect(again).toEqual([]);
  });
});

describe('after the commit', () => {
  test('the outbox relay publishes the events to the projects stream and marks their rows published', async () => {
    const rows = await outboxRows(() => fixture());
    const ids = rows.map((row) => row.id);
    expect(ids.length).toBeGreaterThan(0);
    await waitUntilPublished(stack, 'projects', ids);
    // The in-process bus (no Redis on this machine) cannot be read from here; Redis can.
    const published = await streamEventIds(stack, 'projects');
    if (published) expect(published).toEqual(expect.arrayContaining(ids));
  });
});
