import { toGlobalId } from '../../lib/ids';
import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  querySql,
  rawId,
  seedProjectTeam,
  signUpUser,
  untilNotificationsCaughtUp,
  useTestStack,
  type TestUser,
} from '../testkit';
import { seedNotifications } from './inbox-seed';
import { assignItem } from './support';

const stack = useTestStack();

const list = `
  query ($filter: NotificationFilter, $first: Int, $after: String) {
    notifications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id type summary createdAt readAt archivedAt } }
    }
  }
`;
const unread = `{ unreadNotificationCount }`;
const markRead = `
  mutation ($ids: [ID!]!) {
    markNotificationsRead(input: { ids: $ids }) { notifications { id readAt } unreadNotificationCount }
  }
`;
const archive = `
  mutation ($ids: [ID!]!) {
    archiveNotifications(input: { ids: $ids }) { notifications { id archivedAt readAt } unreadNotificationCount }
  }
`;
const markAll = `
  mutation ($input: MarkAllNotificationsReadInput) {
    markAllNotificationsRead(input: $input) { markedCount unreadNotificationCount }
  }
`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; type: string; summary: string; readAt: string | null } }[];
}

async function pageOf(user: TestUser, variables: Record<string, unknown> = {}): Promise<Page> {
  return dataOf(await graphql<{ notifications: Page }>(stack.routerUrl, list, variables, { token: user.token }))
    .notifications;
}
const idsOf = (page: Page) => page.edges.map((edge) => edge.node.id);
const unreadOf = async (user: TestUser) =>
  dataOf(await graphql<{ unreadNotificationCount: number }>(stack.routerUrl, unread, {}, { token: user.token }))
    .unreadNotificationCount;

/** A fresh user (no project, so no real events notify them) with six notifications of known times and states. */
async function userWithInbox() {
  const user = await signUpUser(stack);
  const ids = await seedNotifications(stack, user, [
    { createdAt: '2030-01-01T10:00:00Z', type: 'ASSIGNED', summary: 'First.' },
    { createdAt: '2030-01-01T11:00:00Z', type: 'MENTIONED', summary: 'Second.', readAt: '2030-01-01T12:00:00Z' },
    { createdAt: '2030-01-01T12:00:00Z', type: 'COMMENTED', summary: 'Third.' },
    { createdAt: '2030-01-01T13:00:00Z', type: 'ASSIGNED', summary: 'Archived.', archivedAt: '2030-01-02T00:00:00Z' },
    { createdAt: '2030-01-01T14:00:00Z', type: 'ASSIGNED', summary: 'Email only.', inApp: false },
    { createdAt: '2030-01-01T15:00:00Z', type: 'STATE_CHANGED', summary: 'Fifth.' },
  ]);
  const [first, second, third, archived, emailOnly, fifth] = ids as [string, string, string, string, string, string];
  return { user, first, second, third, archived, emailOnly, fifth };
}

describe('the notification inbox', () => {
  it('lists the caller’s in-app notifications newest first, in pages, leaving out archived and email-only ones', async () => {
    const { user, first, second, third, fifth } = await userWithInbox();
    const other = await signUpUser(stack);
    await seedNotifications(stack, other, [{ createdAt: '2030-01-01T12:30:00Z', summary: 'Not yours.' }]);

    const one = await pageOf(user, { first: 3 });
    expect(idsOf(one)).toEqual([fifth, third, second]);
    expect(one.totalCount).toBe(4);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(one.edges[0]!.node).toMatchObject({
      type: 'STATE_CHANGED',
      summary: 'Fifth.',
      createdAt: '2030-01-01T15:00:00.000Z',
      readAt: null,
      archivedAt: null,
    });
    const two = await pageOf(user, { first: 3, after: one.pageInfo.endCursor });
    expect(idsOf(two)).toEqual([first]);
    expect(two.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(await unreadOf(user)).toBe(3);
    expect(await unreadOf(other)).toBe(1);
  });

  it('filters by unread, by type and includes archived ones when asked', async () => {
    const { user, first, second, third, archived, fifth } = await userWithInbox();
    const unreadOnly = await pageOf(user, { filter: { unreadOnly: true } });
    expect(idsOf(unreadOnly)).toEqual([fifth, third, first]);
    expect(unreadOnly.totalCount).toBe(3);
    expect(idsOf(await pageOf(user, { filter: { types: ['ASSIGNED', 'MENTIONED'] } }))).toEqual([second, first]);
    const all = await pageOf(user, { filter: { includeArchived: true, types: ['ASSIGNED'] } });
    expect(idsOf(all)).toEqual([archived, first]);
    expect(all.totalCount).toBe(2);
  });

  it('marks notifications read idempotently, keeping the first read time, and reports the unread count', async () => {
    const { user, first, second, third } = await userWithInbox();
    const res = dataOf(await graphql(stack.routerUrl, markRead, { ids: [third, second] }, { token: user.token }));
    expect(res.markNotificationsRead.notifications.map((n: { id: string }) => n.id)).toEqual([third, second]);
    // Already read before: keeps its time.
    expect(res.markNotificationsRead.notifications[1].readAt).toBe('2030-01-01T12:00:00.000Z');
    const readAt = res.markNotificationsRead.notifications[0].readAt as string;
    expect(Date.parse(readAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(res.markNotificationsRead.unreadNotificationCount).toBe(2);

    const again = dataOf(await graphql(stack.routerUrl, markRead, { ids: [third] }, { token: user.token }));
    expect(again.markNotificationsRead.notifications[0].readAt).toBe(readAt);
    expect(again.markNotificationsRead.unreadNotificationCount).toBe(2);
    expect(idsOf(await pageOf(user, { filter: { unreadOnly: true } }))).toContain(first);
  });

  it('archives notifications: they leave the inbox and the unread count but stay listable', async () => {
    const { user, first, third, fifth } = await userWithInbox();
    const res = dataOf(await graphql(stack.routerUrl, archive, { ids: [first] }, { token: user.token }));
    expect(res.archiveNotifications.notifications[0]).toMatchObject({ id: first, readAt: null });
    expect(res.archiveNotifications.notifications[0].archivedAt).not.toBeNull();
    expect(res.archiveNotifications.unreadNotificationCount).toBe(2);
    expect(idsOf(await pageOf(user, { filter: { unreadOnly: true } }))).toEqual([fifth, third]);
    expect(idsOf(await pageOf(user, { filter: { includeArchived: true } }))).toContain(first);
  });

  it('marks all read, or only those created up to a moment', async () => {
    const { user } = await userWithInbox();
    const upTo = dataOf(
      await graphql(
        stack.routerUrl,
        markAll,
        { input: { createdUpTo: '2030-01-01T12:00:00Z' } },
        { token: user.token },
      ),
    );
    // First and third (second was read, the archived and email-only ones do not count).
    expect(upTo.markAllNotificationsRead).toEqual({ markedCount: 2, unreadNotificationCount: 1 });
    const all = dataOf(await graphql(stack.routerUrl, markAll, {}, { token: user.token }));
    expect(all.markAllNotificationsRead).toEqual({ markedCount: 1, unreadNotificationCount: 0 });
  });

  it('refuses IDs that are not the caller’s in-app notifications with NOT_FOUND, changing nothing', async () => {
    const { user, first, emailOnly } = await userWithInbox();
    const other = await signUpUser(stack);
    const [othersId] = await seedNotifications(stack, other, [{ createdAt: '2030-01-01T09:00:00Z' }]);
    for (const ids of [
      [first, othersId],
      [first, emailOnly],
    ]) {
      for (const mutation of [markRead, archive]) {
        const res = await graphql(stack.routerUrl, mutation, { ids }, { token: user.token });
        expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND' });
      }
    }
    expect(await unreadOf(user)).toBe(3);
    expect(await unreadOf(other)).toBe(1);
    const [row] = await querySql<{ read_at: Date | null; archived_at: Date | null }>(
      stack,
      'SELECT read_at, archived_at FROM notifications.notification WHERE id = $1',
      [rawId(first)],
    );
    expect(row).toEqual({ read_at: null, archived_at: null });
  });

  it('refuses malformed input with BAD_USER_INPUT and the field path', async () => {
    const { user, first } = await userWithInbox();
    const cases: [string, Record<string, unknown>, string][] = [
      [markRead, { ids: [] }, 'input.ids'],
      [markRead, { ids: Array.from({ length: 101 }, () => first) }, 'input.ids'],
      [archive, { ids: [first, 'nope'] }, 'input.ids.1'],
      [markRead, { ids: [toGlobalId('WorkItem', rawId(first))] }, 'input.ids.0'],
      [list, { first: -1 }, 'first'],
      [list, { after: 'garbage' }, 'after'],
    ];
    for (const [query, variables, field] of cases) {
      const res = await graphql(stack.routerUrl, query, variables, { token: user.token });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('requires sign-in', async () => {
    const res = await graphql(stack.routerUrl, unread);
    expect(errorOf(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('one notification', () => {
  const one = `
    query ($id: ID!) {
      notification(id: $id) {
        id type summary
        actor { name }
        project { key }
        workItem { key title viewerIsWatching }
        sprint { id }
      }
    }
  `;

  it('links its actor, project and work item through federation', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Fix login' });
    const [id] = await seedNotifications(stack, team.member, [
      {
        createdAt: new Date(),
        summary: `Ada Admin assigned ${item.key} “Fix login” to you.`,
        actorId: rawId(team.admin.userId),
        projectId: rawId(team.project.id),
        workItemId: rawId(item.id),
      },
    ]);
    const res = dataOf(await graphql(stack.routerUrl, one, { id }, { token: team.member.token }));
    expect(res.notification).toEqual({
      id,
      type: 'ASSIGNED',
      summary: `Ada Admin assigned ${item.key} “Fix login” to you.`,
      actor: { name: 'Ada Admin' },
      project: { key: team.project.key },
      workItem: { key: item.key, title: 'Fix login', viewerIsWatching: false },
      sprint: null,
    });
  });

  it('is NOT_FOUND for anyone but its recipient, and null through node', async () => {
    const [owner, other] = await Promise.all([signUpUser(stack), signUpUser(stack)]);
    const [id] = await seedNotifications(stack, owner, [{ createdAt: new Date(), summary: 'Mine.' }]);
    expect(errorOf(await graphql(stack.routerUrl, one, { id }, { token: other.token }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const node = `query ($id: ID!) { node(id: $id) { id ... on Notification { summary } } }`;
    expect(dataOf(await graphql(stack.routerUrl, node, { id }, { token: other.token })).node).toBeNull();
    expect(dataOf(await graphql(stack.routerUrl, node, { id }, { token: owner.token })).node).toEqual({
      id,
      summary: 'Mine.',
    });
  });
});

describe('notifications from real events', () => {
  it('shows an assignment made through the router in the assignee’s inbox and unread count', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Fix login' });
    await untilNotificationsCaughtUp(stack);
    const before = await unreadOf(team.member);
    await assignItem(stack, team.admin.token, item.id, team.member);
    await untilNotificationsCaughtUp(stack);
    const page = await pageOf(team.member, { filter: { types: ['ASSIGNED'] } });
    expect(page.edges.map((edge) => edge.node.summary)).toEqual([`Ada Admin assigned ${item.key} “Fix login” to you.`]);
    expect(await unreadOf(team.member)).toBe(before + 1);
    // The actor is never notified of their own change.
    expect((await pageOf(team.admin, { filter: { types: ['ASSIGNED'] } })).totalCount).toBe(0);
  });
});
