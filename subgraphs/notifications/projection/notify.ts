import { randomUUID } from 'node:crypto';
import { createEvent, type AnyEventEnvelope } from '../../../lib/events/envelope';
import { writeOutbox } from '../../../lib/events/outbox';
import type { NotificationsTx } from '../db';
import { scheduleEmail, type ScheduleEmailInput } from '../email/schedule';
import type { NotificationType } from '../notification-types';
import { recipientSettingsOf, settingsKey } from './recipient-settings';

/** One notification to create for one recipient of an event. */
export interface PlannedNotification {
  recipientId: string;
  type: NotificationType;
  summary: string;
  /** The recipient's IANA time zone (quiet hours, daily digests). */
  timeZone: string;
}

/** What all notifications of one event share. */
export interface NotificationSubject {
  event: AnyEventEnvelope;
  actorId: string | null;
  projectId: string | null;
  workItemId: string | null;
  sprintId: string | null;
  invitationId: string | null;
  createdAt: Date;
}

/** Attaches a notification to the email that will carry it, in the caller's transaction; returns its id. */
export type EmailScheduler = (tx: NotificationsTx, input: ScheduleEmailInput) => Promise<string>;

export interface NotifyResult {
  /** Notification rows created (in-app or email-only). */
  created: number;
  inApp: number;
  emailed: number;
}

/**
 * Creates the event's notifications in the caller's transaction, honouring each recipient's channel
 * preferences (no row: both channels on), read with their email settings in one statement: both off →
 * nothing; in-app off → a row with in_app = false, for email only. A row per (event, recipient) at
 * most: a replay inserts nothing. Email-on rows are handed to the email scheduler (`schedule`:
 * immediate or digest by default; invitations have their own email) with those settings; in-app rows
 * get a `notification.created` event in the outbox.
 */
export async function notify(
  tx: NotificationsTx,
  subject: NotificationSubject,
  planned: readonly PlannedNotification[],
  now: Date,
  schedule: EmailScheduler = scheduleEmail,
): Promise<NotifyResult> {
  const result: NotifyResult = { created: 0, inApp: 0, emailed: 0 };
  if (!planned.length) return result;

  const settings = await recipientSettingsOf(tx, planned);
  const rows = planned.flatMap((entry) => {
    const channels = settings.get(settingsKey(entry.recipientId, entry.type));
    if (!channels || (!channels.inApp && !channels.email)) return [];
    return [{ entry, channels, id: randomUUID() }];
  });
  if (!rows.length) return result;

  const inserted = await tx.notification.createManyAndReturn({
    data: rows.map(({ entry, channels, id }) => ({
      id,
      recipientId: entry.recipientId,
      type: entry.type,
      eventId: subject.event.id,
      actorId: subject.actorId,
      projectId: subject.projectId,
      workItemId: subject.workItemId,
      sprintId: subject.sprintId,
      invitationId: subject.invitationId,
      summary: entry.summary,
      createdAt: subject.createdAt,
      inApp: channels.inApp,
    })),
    skipDuplicates: true,
    select: { id: true },
  });
  const insertedIds = new Set(inserted.map((row) => row.id));
  const fresh = rows.filter((row) => insertedIds.has(row.id));
  result.created = fresh.length;

  for (const { entry, channels, id } of fresh) {
    if (!channels.email) continue;
    await schedule(tx, {
      recipientId: entry.recipientId,
      notificationId: id,
      at: now,
      timeZone: entry.timeZone,
      settings: channels.emailSettings,
    });
    result.emailed += 1;
  }

  const live = fresh.filter((row) => row.channels.inApp);
  result.inApp = live.length;
  await writeOutbox(
    tx,
    'notifications',
    live.map(({ entry, id }) =>
      createEvent({
        type: 'notification.created',
        actorId: subject.actorId,
        organizationId: subject.event.organizationId,
        projectId: subject.projectId,
        aggregateId: id,
        payload: { notificationId: id, recipientId: entry.recipientId, type: entry.type },
        occurredAt: subject.createdAt,
      }),
    ),
  );
  return result;
}
