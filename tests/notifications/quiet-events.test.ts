import { randomUUID } from 'node:crypto';
import type { AnyEventEnvelope, EventEnvelope } from '../../lib/events/envelope';
import { notificationsGroup } from '../../subgraphs/notifications/projection/handle-event';
import {
  createWorkItem,
  dataOf,
  graphql,
  querySql,
  rawId,
  seedProjectTeam,
  untilNotificationsCaughtUp,
  useNotificationsEventHandler,
  useTestStack,
  workItemEvents,
} from '../testkit';
import { anyTransaction } from '../testkit/statement-recorder';
import { notificationRowsOf } from './support';

const stack = useTestStack();

/** The handler on its own connections; its statements are the ones the tests count. */
const handler = useNotificationsEventHandler(stack);
const handle = (envelope: AnyEventEnvelope, attempt: number) => handler.handle(envelope, attempt);

/** A title edit of a watched item, as the event of a later version that the stack's consumer has not seen. */
async function laterTitleEdit(title: string) {
  const team = await seedProjectTeam(stack);
  const item = await createWorkItem(stack, team.admin.token, {
    projectId: team.project.id,
    assigneeId: team.member.userId,
  });
  dataOf(
    await graphql(
      stack.routerUrl,
      `
        mutation ($input: UpdateWorkItemInput!) {
          updateWorkItem(input: $input) {
            workItem {
              id
            }
          }
        }
      `,
      { input: { id: item.id, expectedVersion: item.version, title: 'Edited once' } },
      { token: team.admin.token },
    ),
  );
  await untilNotificationsCaughtUp(stack);
  const edited = (await workItemEvents(stack, rawId(item.id))).find((e) => e.type === 'work_item.updated');
  const original = edited as EventEnvelope<'work_item.updated'>;
  const { workItem } = original.payload;
  const envelope: AnyEventEnvelope = {
    ...original,
    id: randomUUID(),
    payload: { ...original.payload, workItem: { ...workItem, title, version: workItem.version + 1 } },
  };
  return { team, item, envelope };
}

const readModelOf = async (workItemId: string) =>
  (
    await querySql<{ title: string; version: number }>(
      stack,
      'SELECT title, version FROM notifications.work_item WHERE id = $1::uuid',
      [rawId(workItemId)],
    )
  )[0];

const markedTimes = async (eventId: string) =>
  (
    await querySql<{ count: number }>(
      stack,
      'SELECT count(*)::int AS count FROM notifications.processed_events WHERE consumer = $1 AND event_id = $2::uuid',
      [notificationsGroup, eventId],
    )
  )[0]!.count;

describe('an event that notifies no one', () => {
  it('updates the read model and marks the event in one statement after reading the watchers, without a transaction', async () => {
    const { team, item, envelope } = await laterTitleEdit('Edited quietly');
    const inboxBefore = await notificationRowsOf(stack, team.member);

    handler.statements.length = 0;
    await handle(envelope, 1);
    expect(handler.statements).toHaveLength(2);
    expect(anyTransaction(handler.statements)).toBe(false);
    expect(await readModelOf(item.id)).toMatchObject({ title: 'Edited quietly' });
    expect(await markedTimes(envelope.id)).toBe(1);
    expect(await notificationRowsOf(stack, team.member)).toEqual(inboxBefore);
  });

  it('changes nothing when it comes again, even with the read model moved back meanwhile', async () => {
    const { item, envelope } = await laterTitleEdit('Edited quietly');
    await handle(envelope, 1);
    const version = (await readModelOf(item.id))!.version;
    await querySql(stack, 'UPDATE notifications.work_item SET version = $2, title = $3 WHERE id = $1::uuid', [
      rawId(item.id),
      version - 1,
      'Rolled back',
    ]);

    await handle(envelope, 1); // as a first delivery: the mark in the statement is what stops it
    await handle(envelope, 2);
    expect(await readModelOf(item.id)).toMatchObject({ title: 'Rolled back', version: version - 1 });
    expect(await markedTimes(envelope.id)).toBe(1);
  });
});
