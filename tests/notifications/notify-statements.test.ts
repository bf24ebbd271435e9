import { randomUUID } from 'node:crypto';
import type { AnyEventEnvelope } from '../../lib/events/envelope';
import {
  createWorkItem,
  querySql,
  rawId,
  seedProjectTeam,
  untilNotificationsCaughtUp,
  useNotificationsEventHandler,
  useTestStack,
  workItemEvents,
} from '../testkit';
import { commentOn } from './support';

const stack = useTestStack();
const handler = useNotificationsEventHandler(stack);

/** The admin's comment on an item assigned to the member, as an event the stack's consumer has not seen. */
async function unseenComment() {
  const team = await seedProjectTeam(stack);
  const item = await createWorkItem(stack, team.admin.token, {
    projectId: team.project.id,
    assigneeId: team.member.userId,
  });
  await commentOn(stack, team.admin.token, item.id, 'Can you take a look?');
  await untilNotificationsCaughtUp(stack);
  const commented = (await workItemEvents(stack, rawId(item.id))).find((e) => e.type === 'work_item.commented');
  const envelope: AnyEventEnvelope = { ...commented!, id: randomUUID() };
  return { team, envelope };
}

describe('an event that notifies a recipient by email', () => {
  it('marks the event with the read model row, reads their channel preferences and email settings in one statement and creates and attaches the email in one more', async () => {
    const { team, envelope } = await unseenComment();

    handler.statements.length = 0;
    await handler.handle(envelope, 1);
    // The watchers' read, then BEGIN, the mark with the read model's row, the watchers again, the
    // commenter's watch, the settings, the notification, the email attached to it, the outbox row, COMMIT.
    expect(handler.statements).toHaveLength(10);
    expect(handler.statements.filter((text) => /channel_preference|email_settings/.test(text))).toHaveLength(1);
    expect(
      await querySql(
        stack,
        `SELECT n.recipient_id::text AS recipient, n.type, n.in_app, d.kind, d.status
           FROM notifications.notification n JOIN notifications.email_delivery d ON d.id = n.email_delivery_id
          WHERE n.event_id = $1::uuid`,
        [envelope.id],
      ),
    ).toEqual([
      {
        recipient: rawId(team.member.userId),
        type: 'COMMENTED',
        in_app: true,
        kind: 'IMMEDIATE',
        status: 'PENDING',
      },
    ]);
  });
});
