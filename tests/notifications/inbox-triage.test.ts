import { dataOf, errorOf, graphql, querySql, rawId, signUpUser, useTestStack, type TestUser } from '../testkit';
import { seedNotifications } from './inbox-seed';

const stack = useTestStack();

const fields = 'id readAt archivedAt snoozedUntil';
const list = `
  query ($filter: NotificationFilter, $first: Int, $after: String) {
    notifications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${fields} }
    }
  }
`;
const change = (name: string, extra = '') => `
  mutation ($ids: [ID!]! ${extra ? ', $until: DateTime!' : ''}) {
    ${name}(input: { ids: $ids ${extra} }) { notifications { ${fields} } unreadNotificationCount }
  }
`;
const markRead = change('markNotificationsRead');
const markUnread = change('markNotificationsUnread');
const archive = change('archiveNotifications');
const unarchive = change('unarchiveNotifications');
const snooze = change('snoozeNotifications', 'until: $until');
const unsnooze = change('unsnoozeNotifications');

interface Row {
  id: string;
  readAt: string | null;
  archivedAt: string | null;
  snoozedUntil: string | null;
}
interface Changed {
  notifications: Row[];
  unreadNotificationCount: number;
}

const hour = 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms);
const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();

async function run(user: TestUser, mutation: string, variables: Record<string, unknown>): Promise<Changed> {
  const data = dataOf(
    await graphql<Record<string, Changed>>(stack.routerUrl, mutation, variables, { token: user.token }),
  );
  return Object.values(data)[0]!;
}
async function listed(user: TestUser, variables: Record<string, unknown> = {}) {
  const data = dataOf(
    await graphql<{ notifications: { totalCount: number; pageInfo: { endCursor: string | null }; nodes: Row[] } }>(
      stack.routerUrl,
      list,
      variables,
      { token: user.token },
    ),
  );
  return { ...data.notifications, ids: data.notifications.nodes.map((node) => node.id) };
}
const unreadOf = async (user: TestUser) =>
  dataOf(
    await graphql<{ unreadNotificationCount: number }>(
      stack.routerUrl,
      '{ unreadNotificationCount }',
      {},
      {
        token: user.token,
      },
    ),
  ).unreadNotificationCount;

/** Ends a running snooze a minute ago, as if its time had come. */
async function endSnooze(id: string) {
  await querySql(stack, `UPDATE notifications.notification SET snoozed_until = $2 WHERE id = $1`, [
    rawId(id),
    ago(60_000),
  ]);
}

/** A fresh user with four notifications an hour apart: old (read), middle, recent, and an archived one. */
async function userWithInbox() {
  const user = await signUpUser(stack);
  const [old, middle, recent, archived] = (await seedNotifications(stack, user, [
    { createdAt: ago(4 * hour), summary: 'Old.', readAt: ago(3 * hour) },
    { createdAt: ago(3 * hour), summary: 'Middle.' },
    { createdAt: ago(2 * hour), summary: 'Recent.' },
    { createdAt: ago(1 * hour), summary: 'Archived.', archivedAt: ago(hour / 2) },
  ])) as [string, string, string, string];
  return { user, old, middle, recent, archived };
}

describe('marking notifications unread and unarchiving them', () => {
  it('marks read notifications unread again, and leaves unread ones as they are', async () => {
    const { user, old, middle } = await userWithInbox();
    expect(await unreadOf(user)).toBe(2);
    const res = await run(user, markUnread, { ids: [old, middle] });
    expect(res.notifications.map((n) => [n.id, n.readAt])).toEqual([
      [old, null],
      [middle, null],
    ]);
    expect(res.unreadNotificationCount).toBe(3);
    await run(user, markRead, { ids: [old] });
    expect(await unreadOf(user)).toBe(2);
  });

  it('brings an archived notification back to the inbox, keeping whether it was read', async () => {
    const { user, recent, archived } = await userWithInbox();
    await run(user, markRead, { ids: [archived] });
    const res = await run(user, unarchive, { ids: [archived] });
    expect(res.notifications[0]).toMatchObject({ id: archived, archivedAt: null });
    expect(res.notifications[0]!.readAt).not.toBeNull();
    expect(res.unreadNotificationCount).toBe(2);
    expect((await listed(user)).ids.slice(0, 2)).toEqual([archived, recent]);
    const again = await run(user, archive, { ids: [archived] });
    expect(again.notifications[0]!.archivedAt).not.toBeNull();
    expect((await listed(user)).ids).not.toContain(archived);
  });
});

describe('snoozing notifications', () => {
  it('takes a snoozed notification out of the inbox and the unread count until its time, then shows it unread at the top', async () => {
    const { user, old, middle, recent } = await userWithInbox();
    const until = ahead(hour);
    const res = await run(user, snooze, { ids: [old], until });
    expect(res.notifications[0]).toEqual({ id: old, readAt: null, archivedAt: null, snoozedUntil: until });
    expect(res.unreadNotificationCount).toBe(2);

    const inbox = await listed(user);
    expect(inbox.ids).toEqual([recent, middle]);
    expect(inbox.totalCount).toBe(2);
    const snoozed = await listed(user, { filter: { snoozedOnly: true } });
    expect(snoozed.ids).toEqual([old]);

    await endSnooze(old);
    expect(await unreadOf(user)).toBe(3);
    expect((await listed(user)).ids).toEqual([old, recent, middle]);
    expect((await listed(user, { filter: { snoozedOnly: true } })).ids).toEqual([]);
    expect((await listed(user, { filter: { unreadOnly: true } })).ids).toEqual([old, recent, middle]);
  });

  it('pages through the inbox by the time a snooze ended, not the creation time', async () => {
    const { user, old, middle, recent } = await userWithInbox();
    await run(user, snooze, { ids: [old], until: ahead(hour) });
    await endSnooze(old);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const res = await listed(user, { first: 1, after });
      seen.push(...res.ids);
      after = res.pageInfo.endCursor;
      if (!after) break;
    }
    expect(seen).toEqual([old, recent, middle]);
  });

  it('brings a snoozed archived notification back to the inbox when the snooze ends', async () => {
    const { user, archived } = await userWithInbox();
    const res = await run(user, snooze, { ids: [archived], until: ahead(hour) });
    expect(res.notifications[0]).toMatchObject({ archivedAt: null, readAt: null });
    expect((await listed(user)).ids).not.toContain(archived);
    await endSnooze(archived);
    expect((await listed(user)).ids[0]).toBe(archived);
  });

  it('ends a snooze early with unsnooze, back at its original place, and leaves ended snoozes alone', async () => {
    const { user, old, middle, recent } = await userWithInbox();
    await run(user, snooze, { ids: [middle, old], until: ahead(2 * hour) });
    await endSnooze(old);
    const res = await run(user, unsnooze, { ids: [middle, old] });
    expect(res.notifications[0]).toMatchObject({ id: middle, snoozedUntil: null });
    expect(res.notifications[1]!.snoozedUntil).not.toBeNull();
    expect(res.unreadNotificationCount).toBe(3);
    expect((await listed(user)).ids).toEqual([old, recent, middle]);
  });

  it('snoozing again moves the time', async () => {
    const { user, middle } = await userWithInbox();
    await run(user, snooze, { ids: [middle], until: ahead(hour) });
    const later = ahead(5 * hour);
    const res = await run(user, snooze, { ids: [middle], until: later });
    expect(res.notifications[0]!.snoozedUntil).toBe(later);
  });

  it('leaves snoozed notifications unread when everything is marked read', async () => {
    const { user, middle, recent } = await userWithInbox();
    await run(user, snooze, { ids: [middle], until: ahead(hour) });
    const all = dataOf(
      await graphql(
        stack.routerUrl,
        'mutation { markAllNotificationsRead { markedCount unreadNotificationCount } }',
        {},
        {
          token: user.token,
        },
      ),
    );
    expect(all.markAllNotificationsRead).toEqual({ markedCount: 1, unreadNotificationCount: 0 });
    await endSnooze(middle);
    expect((await listed(user, { filter: { unreadOnly: true } })).ids).toEqual([middle]);
    expect((await listed(user)).ids).toContain(recent);
  });
});

describe('refusals', () => {
  it('refuses a snooze that ends in the past or more than a year ahead with BAD_USER_INPUT on input.until', async () => {
    const { user, middle } = await userWithInbox();
    for (const until of [ago(1000).toISOString(), ahead(366 * 24 * hour), 'tomorrow']) {
      const res = await graphql(stack.routerUrl, snooze, { ids: [middle], until }, { token: user.token });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT' });
      if (until !== 'tomorrow') expect(errorOf(res)).toMatchObject({ field: 'input.until' });
    }
    expect((await listed(user)).ids).toContain(middle);
  });

  it('refuses empty, oversized and malformed ID lists with the field path', async () => {
    const { user, middle } = await userWithInbox();
    for (const mutation of [markUnread, unarchive, unsnooze]) {
      for (const [ids, field] of [
        [[], 'input.ids'],
        [Array.from({ length: 101 }, () => middle), 'input.ids'],
        [[middle, 'nope'], 'input.ids.1'],
      ] as const) {
        const res = await graphql(stack.routerUrl, mutation, { ids }, { token: user.token });
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    }
  });

  it('is NOT_FOUND for another user’s notifications and changes nothing', async () => {
    const { old, middle } = await userWithInbox();
    const other = await signUpUser(stack);
    for (const [mutation, variables] of [
      [markUnread, { ids: [old] }],
      [unarchive, { ids: [old] }],
      [snooze, { ids: [middle], until: ahead(hour) }],
      [unsnooze, { ids: [middle] }],
    ] as const) {
      const res = await graphql(stack.routerUrl, mutation, variables, { token: other.token });
      expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND' });
    }
    const [row] = await querySql<{ read_at: Date | null; snoozed_until: Date | null }>(
      stack,
      'SELECT read_at, snoozed_until FROM notifications.notification WHERE id = $1',
      [rawId(old)],
    );
    expect(row!.read_at).not.toBeNull();
    expect(row!.snoozed_until).toBeNull();
  });

  it('requires sign-in', async () => {
    const res = await graphql(stack.routerUrl, snooze, { ids: [], until: ahead(hour) });
    expect(errorOf(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
