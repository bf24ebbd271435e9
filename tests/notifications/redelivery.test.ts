import { Redis } from 'ioredis';
import type { AnyEventEnvelope } from '../../lib/events/envelope';
import { eventKeys } from '../../lib/events/keys';
import {
  createWorkItem,
  itWithRedis,
  querySql,
  rawId,
  seedProjectTeam,
  untilNotificationsCaughtUp,
  useNotificationsEventHandler,
  useTestStack,
  workItemEvents,
} from '../testkit';
import { assignItem, commentOn } from './support';

// The requirement: the same event delivered again (a consumer restarted before its
// acknowledgement, a relay that published twice) creates no second notification and no second email.

const stack = useTestStack();

/** The projection's handler on its own connections, as a restarted consumer would run it. */
const { handle } = useNotificationsEventHandler(stack, { poolSize: 4 });

interface Effects {
  notifications: { recipient: string; type: string; in_app: boolean; emailed: boolean }[];
  emailDeliveries: number;
  liveEvents: number;
  processed: number;
  watchers: { user_id: string; watching: boolean; reason: string }[];
}

/** Everything the projection wrote for the events (and for the item's watchers), in a stable order. */
async function effectsOf(eventIds: string[], workItemId: string): Promise<Effects> {
  const notifications = await querySql<Effects['notifications'][number]>(
    stack,
    `SELECT recipient_id::text AS recipient, type, in_app, email_delivery_id IS NOT NULL AS emailed
       FROM notifications.notification WHERE event_id = ANY($1::uuid[]) ORDER BY recipient_id, type COLLATE "C"`,
    [eventIds],
  );
  const [{ deliveries }] = (await querySql<{ deliveries: number }>(
    stack,
    `SELECT count(DISTINCT d.id)::int AS deliveries FROM notifications.email_delivery d
       JOIN notifications.notification n ON n.email_delivery_id = d.id WHERE n.event_id = ANY($1::uuid[])`,
    [eventIds],
  )) as [{ deliveries: number }];
  const [{ live }] = (await querySql<{ live: number }>(
    stack,
    `SELECT count(*)::int AS live FROM notifications.outbox o JOIN notifications.notification n
         ON n.id = (o.envelope->'payload'->>'notificationId')::uuid
      WHERE o.type = 'notification.created' AND n.event_id = ANY($1::uuid[])`,
    [eventIds],
  )) as [{ live: number }];
  const [{ processed }] = (await querySql<{ processed: number }>(
    stack,
    `SELECT count(*)::int AS processed FROM notifications.processed_events WHERE event_id = ANY($1::uuid[])`,
    [eventIds],
  )) as [{ processed: number }];
  const watchers = await querySql<Effects['watchers'][number]>(
    stack,
    `SELECT user_id::text, watching, reason FROM notifications.watcher WHERE work_item_id = $1::uuid ORDER BY user_id`,
    [workItemId],
  );
  return { notifications, emailDeliveries: deliveries, liveEvents: live, processed, watchers };
}

/** The mailer sends each of the events' three emails once. */
async function expectEmailedOnce(eventIds: string[]): Promise<void> {
  expect(await stack.mailer.runDue()).toBe(3);
  expect(await stack.mailer.runDue()).toBe(0);
  const statuses = await querySql<{ status: string; count: number }>(
    stack,
    `SELECT d.status, count(DISTINCT d.id)::int AS count FROM notifications.email_delivery d
       JOIN notifications.notification n ON n.email_delivery_id = d.id
      WHERE n.event_id = ANY($1::uuid[]) GROUP BY d.status`,
    [eventIds],
  );
  expect(statuses).toEqual([{ status: 'SENT', count: 3 }]);
}

/** Ada assigns an item to Mo and comments mentioning Vi: two events, three emailed notifications. */
async function notifiedScenario(): Promise<{ events: AnyEventEnvelope[]; workItemId: string; before: Effects }> {
  const team = await seedProjectTeam(stack);
  // Sends the emails of the seeding (added to the project) out of the way.
  await untilNotificationsCaughtUp(stack);
  await stack.mailer.runDue();
  const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Fix login' });
  await assignItem(stack, team.admin.token, item.id, team.member);
  await commentOn(stack, team.admin.token, item.id, 'Please review', [team.viewer]);
  await untilNotificationsCaughtUp(stack);

  const events = (await workItemEvents(stack, rawId(item.id))).filter(
    (event) => event.type === 'work_item.updated' || event.type === 'work_item.commented',
  );
  expect(events.map((event) => event.type)).toEqual(['work_item.updated', 'work_item.commented']);
  const workItemId = rawId(item.id);
  const before = await effectsOf(
    events.map((event) => event.id),
    workItemId,
  );
  // The events really notified, each notification emailed and live: Mo assigned, then (watching)
  // told of the comment; Vi mentioned.
  const member = rawId(team.member.userId);
  const viewer = rawId(team.viewer.userId);
  const expected = [
    { recipient: member, type: 'ASSIGNED' },
    { recipient: member, type: 'COMMENTED' },
    { recipient: viewer, type: 'MENTIONED' },
  ].map((row) => ({ ...row, in_app: true, emailed: true }));
  expect(before).toMatchObject({
    notifications: expected.sort((a, b) => (a.recipient + a.type < b.recipient + b.type ? -1 : 1)),
    emailDeliveries: 3,
    liveEvents: 3,
    processed: 2,
  });
  return { events, workItemId, before };
}

describe('an event delivered again', () => {
  it('notifies and emails nobody twice when a restarted consumer handles it again', async () => {
    const { events, workItemId, before } = await notifiedScenario();
    const ids = events.map((event) => event.id);

    // Redelivered after its effect committed: the processed-events record skips it.
    for (const event of events) await handle(event);
    expect(await effectsOf(ids, workItemId)).toEqual(before);

    // Even without that record, and with two consumers at once, the (event, recipient) key holds.
    await querySql(stack, `DELETE FROM notifications.processed_events WHERE event_id = ANY($1::uuid[])`, [ids]);
    await Promise.all(events.flatMap((event) => [handle(event), handle(event)]));
    expect(await effectsOf(ids, workItemId)).toEqual(before);
    await expectEmailedOnce(ids);
  });

  itWithRedis('notifies and emails nobody twice when the bus delivers it again to the group', async () => {
    const { events, workItemId, before } = await notifiedScenario();
    const ids = events.map((event) => event.id);

    // What a relay that crashed after XADD, with its dedupe key gone, would append again.
    const redis = new Redis(stack.redisUrl!);
    try {
      const stream = eventKeys(stack.redisKeyPrefix).stream('work-items');
      let last = '';
      for (const event of events) {
        last = (await redis.xadd(stream, '*', 'envelope', JSON.stringify(event), 'type', event.type))!;
      }
      await untilGroupAcknowledged(redis, stream, last);
    } finally {
      redis.disconnect();
    }
    expect(await effectsOf(ids, workItemId)).toEqual(before);
    await expectEmailedOnce(ids);
  });
});

/** Waits until the notifications group has read the stream up to `entryId` and acknowledged everything. */
async function untilGroupAcknowledged(redis: Redis, stream: string, entryId: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const groups = (await redis.xinfo('GROUPS', stream)) as unknown[][];
    const group = groups
      .map((fields) =>
        Object.fromEntries(fields.flatMap((value, index) => (index % 2 ? [] : [[value, fields[index + 1]]]))),
      )
      .find((info) => info.name === 'notifications');
    if (group?.['last-delivered-id'] === entryId && group.pending === 0) return;
    if (Date.now() > deadline) throw new Error(`The notifications group did not acknowledge ${entryId} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
