import { createPrismaClient } from '../../lib/db/prisma';
import { createEvent } from '../../lib/events/envelope';
import { createLogger } from '../../lib/logger';
import { createOrganizationEventHandler } from '../../subgraphs/projects/events/organization-consumer';
import { PrismaClient } from '../../subgraphs/projects/generated/prisma/client';
import {
  addOrganizationMember,
  addProjectMember,
  connectSubscriptions,
  createOrganization,
  createProject,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  querySql,
  rawId,
  removeOrganizationMember,
  signUpUser,
  subscribe,
  untilNotificationsCaughtUp,
  untilOrganizationEventsHandled,
  untilSubscribed,
  useTestStack,
  type TestUser,
} from '../testkit';
import { createSprint } from '../sprints/support';
import { assignItem } from '../notifications/support';
import { addTeamMember, attachTeam, createTeam } from './helpers';

const stack = useTestStack();

// Issue 12, item 3: a MEMBER who created a project and was then removed from the organization could
// still create work items in it and stayed its ADMIN, while the organization's OWNER got NOT_FOUND.

interface Scenario {
  owner: TestUser;
  orgAdmin: TestUser;
  creator: TestUser;
  colleague: TestUser;
  organizationId: string;
  project: { id: string; key: string };
  teamId: string;
  itemId: string;
  sprintId: string;
}

/**
 * Olga owns the organization and Ada is an ADMIN of it; Max, a MEMBER, created a project (so he is
 * its only ADMIN), added his colleague Cy to it, and is in a team attached to it. Neither Olga nor
 * Ada has a role in the project.
 */
async function scenario(): Promise<Scenario> {
  const [owner, orgAdmin, creator, colleague] = await Promise.all([
    signUpUser(stack, { name: 'Olga Owner' }),
    signUpUser(stack, { name: 'Ada Admin' }),
    signUpUser(stack, { name: 'Max Member' }),
    signUpUser(stack, { name: 'Cy Colleague' }),
  ]);
  const { id: organizationId } = await createOrganization(stack, owner.token);
  await addOrganizationMember(stack, owner.token, organizationId, orgAdmin, 'ADMIN');
  await addOrganizationMember(stack, owner.token, organizationId, creator, 'MEMBER');
  await addOrganizationMember(stack, owner.token, organizationId, colleague, 'MEMBER');
  const project = await createProject(stack, creator.token, organizationId);
  await addProjectMember(stack, creator.token, project.id, colleague.userId, 'MEMBER');
  const team = await createTeam(stack, owner.token, organizationId);
  await addTeamMember(stack, owner.token, team.id, creator.userId);
  await attachTeam(stack, creator.token, project.id, team.id, 'VIEWER');
  const item = await createWorkItem(stack, creator.token, { projectId: project.id, title: 'Launch' });
  const sprintId = await createSprint(stack, creator.token, project.id);
  return { owner, orgAdmin, creator, colleague, organizationId, project, teamId: team.id, itemId: item.id, sprintId };
}

const removeCreator = (s: Scenario) =>
  removeOrganizationMember(stack, s.owner.token, s.organizationId, s.creator.userId);

const run = (query: string, variables: Record<string, unknown>, user: TestUser) =>
  graphql(stack.routerUrl, query, variables, { token: user.token });

const projectQuery = `query($id: ID!) {
  project(id: $id) { key viewerRole viewerPermissions { canRead canWrite canAdminister canManageMembers } }
}`;
const byKeyQuery = `query($org: ID!, $key: String!) { projectByKey(organizationId: $org, key: $key) { key viewerRole } }`;
const nodeQuery = `query($id: ID!) { node(id: $id) { id ... on Project { key viewerRole } } }`;
const organizationProjectsQuery = `query($id: ID!) {
  organization(id: $id) { projects { totalCount edges { node { key viewerRole } } } }
}`;
const membersQuery = `query($id: ID!) {
  project(id: $id) { members { totalCount edges { node { id } role directRole } } }
}`;
const teamMembersQuery = `query($id: ID!) { team(id: $id) { members { totalCount edges { node { id } } } } }`;

describe('organization OWNERs and ADMINs', () => {
  it('see and administer every project of their organization, as ADMIN, without a role of their own', async () => {
    const s = await scenario();
    for (const user of [s.owner, s.orgAdmin]) {
      expect(dataOf(await run(projectQuery, { id: s.project.id }, user)).project).toEqual({
        key: s.project.key,
        viewerRole: 'ADMIN',
        viewerPermissions: { canRead: true, canWrite: true, canAdminister: true, canManageMembers: true },
      });
      expect(dataOf(await run(byKeyQuery, { org: s.organizationId, key: s.project.key }, user)).projectByKey).toEqual({
        key: s.project.key,
        viewerRole: 'ADMIN',
      });
      expect(dataOf(await run(nodeQuery, { id: s.project.id }, user)).node).toEqual({
        id: s.project.id,
        key: s.project.key,
        viewerRole: 'ADMIN',
      });
      expect(
        dataOf(await run(organizationProjectsQuery, { id: s.organizationId }, user)).organization.projects,
      ).toEqual({ totalCount: 1, edges: [{ node: { key: s.project.key, viewerRole: 'ADMIN' } }] });
    }
    // Not listed as members: their role comes from the organization.
    const members = dataOf(await run(membersQuery, { id: s.project.id }, s.owner)).project.members;
    expect(members.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual(
      [s.creator.userId, s.colleague.userId].sort(),
    );
  });

  it('lose the projects they have no role in, and live subscriptions to them, at once when demoted', async () => {
    const s = await scenario();
    const client = await connectSubscriptions(stack.routerUrl, s.orgAdmin.token);
    try {
      const live = subscribe(
        client,
        'subscription ($projectId: ID!) { workItemChanged(projectId: $projectId) { kind } }',
        { projectId: s.project.id },
      );
      await untilSubscribed(live, () =>
        createWorkItem(stack, s.colleague.token, { projectId: s.project.id, title: 'probe' }),
      );
      dataOf(
        await run(
          `mutation($input: ChangeOrganizationMemberRoleInput!) { changeOrganizationMemberRole(input: $input) { role } }`,
          { input: { organizationId: s.organizationId, userId: s.orgAdmin.userId, role: 'MEMBER' } },
          s.owner,
        ),
      );
      expect(errorOf(await run(projectQuery, { id: s.project.id }, s.orgAdmin)).code).toBe('NOT_FOUND');
      await expect(live.ended).resolves.toBeUndefined();
    } finally {
      await client.dispose();
    }
  });

  it('other organization members still see only the projects they have a role in', async () => {
    const s = await scenario();
    const bystander = await signUpUser(stack);
    await addOrganizationMember(stack, s.owner.token, s.organizationId, bystander, 'MEMBER');
    expect(errorOf(await run(projectQuery, { id: s.project.id }, bystander)).code).toBe('NOT_FOUND');
    expect(
      dataOf(await run(organizationProjectsQuery, { id: s.organizationId }, bystander)).organization.projects,
    ).toEqual({ totalCount: 0, edges: [] });
    expect(
      dataOf(await run(organizationProjectsQuery, { id: s.organizationId }, s.colleague)).organization.projects,
    ).toEqual({ totalCount: 1, edges: [{ node: { key: s.project.key, viewerRole: 'MEMBER' } }] });
  });

  it('administer a project whose only ADMIN left, including its members they did not add', async () => {
    const s = await scenario();
    await removeCreator(s);
    await untilOrganizationEventsHandled(stack);
    const updated = await run(
      `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { name } } }`,
      { input: { id: s.project.id, name: 'Adopted' } },
      s.orgAdmin,
    );
    expect(dataOf(updated).updateProject.project).toEqual({ name: 'Adopted' });
    const changed = await run(
      `mutation($input: ChangeProjectMemberRoleInput!) { changeProjectMemberRole(input: $input) { role } }`,
      { input: { projectId: s.project.id, userId: s.colleague.userId, role: 'ADMIN' } },
      s.orgAdmin,
    );
    expect(dataOf(changed).changeProjectMemberRole.role).toBe('ADMIN');
    const removed = await run(
      `mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) { removedUserId } }`,
      { input: { projectId: s.project.id, userId: s.colleague.userId } },
      s.owner,
    );
    // The last direct ADMIN rule still counts direct admins only.
    expect(errorOf(removed).code).toBe('CONFLICT');
    await addProjectMember(stack, s.owner.token, s.project.id, s.orgAdmin.userId, 'ADMIN');
    const members = dataOf(await run(membersQuery, { id: s.project.id }, s.owner)).project.members;
    expect(members.edges).toEqual(
      expect.arrayContaining([
        { node: { id: s.colleague.userId }, role: 'ADMIN', directRole: 'ADMIN' },
        { node: { id: s.orgAdmin.userId }, role: 'ADMIN', directRole: 'ADMIN' },
      ]),
    );
  });
});

describe('a MEMBER removed from the organization, at once (without waiting for anything)', () => {
  it('can no longer read the project: project, projectByKey, node and Organization.projects', async () => {
    const s = await scenario();
    expect(dataOf(await run(projectQuery, { id: s.project.id }, s.creator)).project.viewerRole).toBe('ADMIN');
    await removeCreator(s);

    expect(errorOf(await run(projectQuery, { id: s.project.id }, s.creator)).code).toBe('NOT_FOUND');
    expect(errorOf(await run(byKeyQuery, { org: s.organizationId, key: s.project.key }, s.creator)).code).toBe(
      'NOT_FOUND',
    );
    const node = await run(nodeQuery, { id: s.project.id }, s.creator);
    expect(node.body.data?.node ?? null).toBeNull();
    expect(JSON.stringify(node.body)).not.toContain(s.project.key);
    expect(errorOf(await run(organizationProjectsQuery, { id: s.organizationId }, s.creator)).code).toBe('NOT_FOUND');
    const mine = dataOf(await run(`{ me { organizations { totalCount } } }`, {}, s.creator));
    expect(mine.me.organizations.totalCount).toBe(0);
    // The owner sees it, and administers it.
    expect(dataOf(await run(projectQuery, { id: s.project.id }, s.owner)).project.viewerRole).toBe('ADMIN');
  });

  it('can no longer create or read work items in it', async () => {
    const s = await scenario();
    await removeCreator(s);
    const created = await run(
      `mutation($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }`,
      { input: { projectId: s.project.id, type: 'TASK', title: 'After leaving' } },
      s.creator,
    );
    expect(errorOf(created).code).toBe('NOT_FOUND');
    expect(
      errorOf(await run(`query($id: ID!) { workItem(id: $id) { title } }`, { id: s.itemId }, s.creator)).code,
    ).toBe('NOT_FOUND');
    const [counted] = await querySql<{ count: number }>(
      stack,
      `SELECT count(*)::int AS count FROM work_items.work_item WHERE project_id = $1::uuid`,
      [rawId(s.project.id)],
    );
    expect(counted?.count).toBe(1);
  });

  it('can no longer read or plan its sprints', async () => {
    const s = await scenario();
    await removeCreator(s);
    expect(errorOf(await run(`query($id: ID!) { sprint(id: $id) { name } }`, { id: s.sprintId }, s.creator)).code).toBe(
      'NOT_FOUND',
    );
    const planned = await run(
      `mutation($input: CreateSprintInput!) { createSprint(input: $input) { sprint { id } } }`,
      { input: { projectId: s.project.id, name: 'Mine', startDate: '2030-05-06', endDate: '2030-05-17' } },
      s.creator,
    );
    expect(errorOf(planned).code).toBe('NOT_FOUND');
  });

  it('keeps an inbox that lists without errors, but cannot watch the project’s items', async () => {
    const s = await scenario();
    await assignItem(stack, s.colleague.token, s.itemId, s.creator);
    await untilNotificationsCaughtUp(stack);
    await removeCreator(s);
    const inbox = await run(
      `{ notifications(filter: { types: [ASSIGNED] }) { edges { node { summary project { key } workItem { title } } } } }`,
      {},
      s.creator,
    );
    expect(inbox.body.errors).toBeUndefined();
    expect(dataOf(inbox).notifications.edges).toEqual([
      { node: { summary: expect.stringContaining('assigned'), project: null, workItem: null } },
    ]);
    const watched = await run(
      `mutation($input: WatchWorkItemInput!) { watchWorkItem(input: $input) { workItem { id } } }`,
      { input: { workItemId: s.itemId } },
      s.creator,
    );
    expect(errorOf(watched).code).toBe('NOT_FOUND');
  });

  it('loses a live subscription to the project', async () => {
    const s = await scenario();
    const client = await connectSubscriptions(stack.routerUrl, s.creator.token);
    try {
      const live = subscribe(
        client,
        'subscription ($projectId: ID!) { workItemChanged(projectId: $projectId) { kind } }',
        {
          projectId: s.project.id,
        },
      );
      await untilSubscribed(live, () =>
        createWorkItem(stack, s.colleague.token, { projectId: s.project.id, title: 'probe' }),
      );
      await removeCreator(s);
      await expect(live.ended).resolves.toBeUndefined();
    } finally {
      await client.dispose();
    }
  });
});

describe('the cascade after a removal', () => {
  it('removes the person from Project.members and the organization’s teams, with the usual events', async () => {
    const s = await scenario();
    await removeCreator(s);
    await untilOrganizationEventsHandled(stack);
    const members = dataOf(await run(membersQuery, { id: s.project.id }, s.owner)).project.members;
    expect(members).toEqual({
      totalCount: 1,
      edges: [{ node: { id: s.colleague.userId }, role: 'MEMBER', directRole: 'MEMBER' }],
    });
    expect(dataOf(await run(teamMembersQuery, { id: s.teamId }, s.owner)).team.members).toEqual({
      totalCount: 0,
      edges: [],
    });
    const events = await querySql<{ type: string; actorId: string; projectId: string | null; userId: string }>(
      stack,
      `SELECT type, envelope->>'actorId' AS "actorId", envelope->>'projectId' AS "projectId",
              envelope->'payload'->>'userId' AS "userId"
         FROM projects.outbox WHERE envelope->'payload'->>'userId' = $1 AND type LIKE '%.member_removed' ORDER BY seq`,
      [rawId(s.creator.userId)],
    );
    const owner = rawId(s.owner.userId);
    const creator = rawId(s.creator.userId);
    expect(events).toEqual([
      { type: 'project.member_removed', actorId: owner, projectId: rawId(s.project.id), userId: creator },
      { type: 'team.member_removed', actorId: owner, projectId: null, userId: creator },
    ]);
  });

  it('does not bring project access back when the person joins the organization again', async () => {
    const s = await scenario();
    await removeCreator(s);
    await addOrganizationMember(stack, s.owner.token, s.organizationId, s.creator, 'MEMBER');
    await untilOrganizationEventsHandled(stack);
    expect(errorOf(await run(projectQuery, { id: s.project.id }, s.creator)).code).toBe('NOT_FOUND');
    expect(
      dataOf(await run(organizationProjectsQuery, { id: s.organizationId }, s.creator)).organization.projects,
    ).toEqual({ totalCount: 0, edges: [] });
    const members = dataOf(await run(membersQuery, { id: s.project.id }, s.owner)).project.members;
    expect(members.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([s.colleague.userId]);
  });
});

describe('project memberships still on record for someone outside the organization', () => {
  it('grant nothing: to the person, and to services asking for their role', async () => {
    const s = await scenario();
    const outsider = await signUpUser(stack);
    // As if the cascade had not run yet: a direct ADMIN row for a person who is not a member.
    await querySql(stack, `INSERT INTO projects.project_member (project_id, user_id, role) VALUES ($1, $2, 'ADMIN')`, [
      rawId(s.project.id),
      rawId(outsider.userId),
    ]);
    expect(errorOf(await run(projectQuery, { id: s.project.id }, outsider)).code).toBe('NOT_FOUND');
    expect(errorOf(await run(byKeyQuery, { org: s.organizationId, key: s.project.key }, outsider)).code).toBe(
      'NOT_FOUND',
    );
    expect((await run(nodeQuery, { id: s.project.id }, outsider)).body.data?.node ?? null).toBeNull();
    const created = await run(
      `mutation($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }`,
      { input: { projectId: s.project.id, type: 'TASK', title: 'Sneaky' } },
      outsider,
    );
    expect(errorOf(created).code).toBe('NOT_FOUND');
  });
});

describe('the projects service’s handler of organization events', () => {
  let prisma: PrismaClient;
  let handle: ReturnType<typeof createOrganizationEventHandler>;
  beforeAll(() => {
    prisma = createPrismaClient(PrismaClient, { url: stack.databaseUrl, domain: 'projects', poolSize: 2 });
    handle = createOrganizationEventHandler(prisma, createLogger('test', 'silent'));
  });
  afterAll(() => prisma.$disconnect());

  const removal = (s: Scenario, occurredAt: Date) =>
    createEvent({
      type: 'organization.member_removed',
      actorId: rawId(s.owner.userId),
      organizationId: rawId(s.organizationId),
      projectId: null,
      aggregateId: rawId(s.organizationId),
      payload: { userId: rawId(s.colleague.userId), previousRole: 'MEMBER' },
      occurredAt,
    });
  const removalEvents = async (s: Scenario) =>
    (
      await querySql<{ count: number }>(
        stack,
        `SELECT count(*)::int AS count FROM projects.outbox
          WHERE type = 'project.member_removed' AND envelope->>'projectId' = $1`,
        [rawId(s.project.id)],
      )
    )[0]!.count;

  it('takes effect once when the same event is delivered twice', async () => {
    const s = await scenario();
    const event = removal(s, new Date());
    await handle({ envelope: event });
    await handle({ envelope: event });
    expect(await removalEvents(s)).toBe(1);
    const members = dataOf(await run(membersQuery, { id: s.project.id }, s.owner)).project.members;
    expect(members.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([s.creator.userId]);
  });

  it('keeps memberships granted after the removal it handles (the person was let in again meanwhile)', async () => {
    const s = await scenario();
    await handle({ envelope: removal(s, new Date(Date.now() - 60 * 60_000)) });
    expect(await removalEvents(s)).toBe(0);
    const members = dataOf(await run(membersQuery, { id: s.project.id }, s.owner)).project.members;
    expect(members.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(s.colleague.userId);
  });
});

it('leaves other organizations of the person alone', async () => {
  const [s, other] = await Promise.all([scenario(), scenario()]);
  await addOrganizationMember(stack, other.owner.token, other.organizationId, s.creator, 'MEMBER');
  await addProjectMember(stack, other.owner.token, other.project.id, s.creator.userId, 'VIEWER');
  await removeCreator(s);
  await untilOrganizationEventsHandled(stack);
  expect(dataOf(await run(projectQuery, { id: other.project.id }, s.creator)).project.viewerRole).toBe('VIEWER');
});
