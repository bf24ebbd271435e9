import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../lib/ids';
import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  querySql,
  rawId,
  seedProjectTeam,
  untilNotificationsCaughtUp,
  useTestStack,
  type TestUser,
} from '../testkit';
import { commentOn, inboxOf } from './support';

const stack = useTestStack();

const watch = `
  mutation ($id: ID!) { watchWorkItem(input: { workItemId: $id }) { workItem { id title viewerIsWatching } } }
`;
const unwatch = `
  mutation ($id: ID!) { unwatchWorkItem(input: { workItemId: $id }) { workItem { id viewerIsWatching } } }
`;
const watching = `query ($id: ID!) { workItem(id: $id) { viewerIsWatching } }`;

const isWatching = async (user: TestUser, id: string) =>
  dataOf(
    await graphql<{ workItem: { viewerIsWatching: boolean } }>(
      stack.routerUrl,
      watching,
      { id },
      { token: user.token },
    ),
  ).workItem.viewerIsWatching;

/** A project team and an item the admin reported, known to the notifications read model. */
async function teamWithItem() {
  const team = await seedProjectTeam(stack);
  const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Fix login' });
  await untilNotificationsCaughtUp(stack);
  return { team, item };
}

describe('watching work items', () => {
  it('watches and unwatches on request, shown by WorkItem.viewerIsWatching through federation', async () => {
    const { team, item } = await teamWithItem();
    expect(await isWatching(team.member, item.id)).toBe(false);
    // The reporter watches automatically.
    expect(await isWatching(team.admin, item.id)).toBe(true);

    const watched = dataOf(await graphql(stack.routerUrl, watch, { id: item.id }, { token: team.member.token }));
    expect(watched.watchWorkItem.workItem).toEqual({ id: item.id, title: 'Fix login', viewerIsWatching: true });
    expect(await isWatching(team.member, item.id)).toBe(true);
    // Idempotent.
    dataOf(await graphql(stack.routerUrl, watch, { id: item.id }, { token: team.member.token }));

    const unwatched = dataOf(await graphql(stack.routerUrl, unwatch, { id: item.id }, { token: team.member.token }));
    expect(unwatched.unwatchWorkItem.workItem).toEqual({ id: item.id, viewerIsWatching: false });
    expect(await isWatching(team.member, item.id)).toBe(false);
    const rows = await querySql<{ watching: boolean; reason: string }>(
      stack,
      'SELECT watching, reason FROM notifications.watcher WHERE work_item_id = $1 AND user_id = $2',
      [rawId(item.id), rawId(team.member.userId)],
    );
    expect(rows).toEqual([{ watching: false, reason: 'MANUAL' }]);
  });

  it('lets a viewer of the project watch, and notifies watchers of comments until they unwatch', async () => {
    const { team, item } = await teamWithItem();
    dataOf(await graphql(stack.routerUrl, watch, { id: item.id }, { token: team.viewer.token }));
    await commentOn(stack, team.admin.token, item.id, 'First look.');
    await untilNotificationsCaughtUp(stack);
    expect(await inboxOf(stack, team.viewer)).toContain(`COMMENTED: Ada Admin commented on ${item.key} “Fix login”.`);

    dataOf(await graphql(stack.routerUrl, unwatch, { id: item.id }, { token: team.viewer.token }));
    const before = await inboxOf(stack, team.viewer);
    await commentOn(stack, team.admin.token, item.id, 'Second look.');
    await untilNotificationsCaughtUp(stack);
    expect(await inboxOf(stack, team.viewer)).toEqual(before);
  });

  it('refuses items the caller cannot read, unknown items and malformed IDs', async () => {
    const { team, item } = await teamWithItem();
    for (const mutation of [watch, unwatch]) {
      // An organization member outside the project.
      expect(
        errorOf(await graphql(stack.routerUrl, mutation, { id: item.id }, { token: team.outsider.token })),
      ).toMatchObject({ code: 'NOT_FOUND' });
      const unknown = toGlobalId('WorkItem', randomUUID());
      expect(
        errorOf(await graphql(stack.routerUrl, mutation, { id: unknown }, { token: team.member.token })),
      ).toMatchObject({ code: 'NOT_FOUND' });
      expect(
        errorOf(await graphql(stack.routerUrl, mutation, { id: team.project.id }, { token: team.member.token })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workItemId' });
    }
    const rows = await querySql(stack, 'SELECT 1 FROM notifications.watcher WHERE user_id = $1', [
      rawId(team.outsider.userId),
    ]);
    expect(rows).toEqual([]);
  });

  it('requires sign-in', async () => {
    const { item } = await teamWithItem();
    expect(errorOf(await graphql(stack.routerUrl, watch, { id: item.id }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
