import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { NotificationsTx } from '../db';
import {
  dailyDigestMinutes,
  nextLocalFullHour,
  nextLocalTimeOfDay,
  pastQuietHours,
  safeTimeZone,
  type QuietWindow,
} from './quiet-hours';

export interface ScheduleEmailInput {
  recipientId: string;
  notificationId: string;
  /** When the notification happened (the event's time): immediate emails are due then. */
  at: Date;
  /** The recipient's IANA time zone (userContacts.timeZone); quiet hours and daily digests follow it. */
  timeZone: string;
  /** The recipient's email settings when the caller has read them already (`recipientSettingsOf`). */
  settings?: EmailSettings;
}

export type DigestFrequency = 'NONE' | 'HOURLY' | 'DAILY';

/** When a new email (or digest) is due under the recipient's settings. */
export function emailDueAt(
  at: Date,
  settings: { digest: DigestFrequency; quiet: QuietWindow | null },
  timeZone: string,
): Date {
  const zone = safeTimeZone(timeZone);
  const base =
    settings.digest === 'HOURLY'
      ? nextLocalFullHour(at, zone)
      : settings.digest === 'DAILY'
        ? nextLocalTimeOfDay(at, zone, dailyDigestMinutes)
        : at;
  return pastQuietHours(base, zone, settings.quiet);
}

const DeliveryIdRow = z.object({ id: z.string() });

/** When a user's emails go out: at once or in a digest, and outside their quiet hours. */
export interface EmailSettings {
  digest: DigestFrequency;
  quiet: QuietWindow | null;
}

/** The settings an `email_settings` row stands for; no row: no digest, no quiet hours. */
export function emailSettingsFrom(
  row: { digest: string | null; quietStart: number | null; quietEnd: number | null } | null,
): EmailSettings {
  const digest = (['HOURLY', 'DAILY'].includes(row?.digest ?? '') ? row!.digest : 'NONE') as DigestFrequency;
  const quiet =
    row && row.quietStart !== null && row.quietEnd !== null ? { start: row.quietStart, end: row.quietEnd } : null;
  return { digest, quiet };
}

/** A user's digest and quiet hours. */
export async function emailSettingsOf(tx: NotificationsTx, userId: string): Promise<EmailSettings> {
  return emailSettingsFrom(await tx.emailSettings.findUnique({ where: { userId } }));
}

/**
 * Attaches a notification to the email that will carry it, in the caller's transaction (the one
 * creating the notification): a new IMMEDIATE delivery due at `at` (or when quiet hours end), or,
 * with a digest, the recipient's pending digest, created when there is none (due at the next full
 * hour, or the next 08:00 local, then past quiet hours). Returns the delivery's id.
 *
 * A digest the mailer has already picked up (attempts > 0) takes no more notifications: they start
 * the next digest, so none is attached to an email that is already being sent.
 */
export async function scheduleEmail(tx: NotificationsTx, input: ScheduleEmailInput): Promise<string> {
  const { digest, quiet } = input.settings ?? (await emailSettingsOf(tx, input.recipientId));

  let deliveryId: string | undefined;
  if (digest !== 'NONE') {
    // Locked, so the mailer's pick (FOR UPDATE SKIP LOCKED) cannot take it until this commits; a
    // digest the mailer took meanwhile has attempts > 0 when re-checked and is skipped here.
    const [pending] = parseRows(
      'pendingDigest',
      DeliveryIdRow,
      await tx.$queryRaw`
        SELECT id::text AS id FROM notifications.email_delivery
        WHERE recipient_id = ${input.recipientId}::uuid AND kind = 'DIGEST' AND status = 'PENDING'
          AND attempts = 0
        ORDER BY due_at
        LIMIT 1
        FOR UPDATE`,
    );
    deliveryId = pending?.id;
  }
  if (deliveryId) {
    await tx.notification.update({ where: { id: input.notificationId }, data: { emailDeliveryId: deliveryId } });
    return deliveryId;
  }
  return createDeliveryFor(tx, input, {
    kind: digest === 'NONE' ? 'IMMEDIATE' : 'DIGEST',
    dueAt: emailDueAt(input.at, { digest, quiet }, input.timeZone),
  });
}

/** A new delivery, and the notification attached to it, in one statement. */
async function createDeliveryFor(
  tx: NotificationsTx,
  input: Pick<ScheduleEmailInput, 'recipientId' | 'notificationId' | 'at'>,
  delivery: { kind: 'IMMEDIATE' | 'DIGEST'; dueAt: Date },
): Promise<string> {
  const [created] = parseRows(
    'createDeliveryFor',
    DeliveryIdRow,
    await tx.$queryRaw`
      WITH delivery AS (
        INSERT INTO notifications.email_delivery (id, recipient_id, kind, status, due_at, attempts, created_at)
        VALUES (${randomUUID()}::uuid, ${input.recipientId}::uuid, ${delivery.kind}, 'PENDING',
          ${delivery.dueAt}::timestamptz, 0, ${input.at}::timestamptz)
        RETURNING id
      )
      UPDATE notifications.notification n SET email_delivery_id = delivery.id
      FROM delivery WHERE n.id = ${input.notificationId}::uuid
      RETURNING delivery.id::text AS id`,
  );
  if (!created) throw new Error(`createDeliveryFor: notification ${input.notificationId} is not there to attach.`);
  return created.id;
}
