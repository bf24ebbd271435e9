import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { NotificationsTx } from '../db';
import { emailSettingsFrom, type EmailSettings } from '../email/schedule';

/** How one recipient wants one type of notification, and their email settings. */
export interface RecipientSettings {
  /** The type's channels; no `channel_preference` row: both on. */
  inApp: boolean;
  email: boolean;
  emailSettings: EmailSettings;
}

const RecipientSettingsRow = z.object({
  userId: z.string(),
  type: z.string(),
  inApp: z.boolean().nullable(),
  email: z.boolean().nullable(),
  digest: z.string().nullable(),
  quietStart: z.number().int().nullable(),
  quietEnd: z.number().int().nullable(),
});

/**
 * Each (recipient, type)'s channel preference and the recipient's email settings, in one statement
 * (both primary keys), keyed `${userId}:${type}`.
 */
export async function recipientSettingsOf(
  tx: NotificationsTx,
  entries: readonly { recipientId: string; type: string }[],
): Promise<Map<string, RecipientSettings>> {
  const rows = parseRows(
    'recipientSettingsOf',
    RecipientSettingsRow,
    await tx.$queryRaw`
      SELECT r.user_id::text AS "userId", r.type, cp.in_app AS "inApp", cp.email,
             es.digest, es.quiet_start AS "quietStart", es.quiet_end AS "quietEnd"
      FROM unnest(${entries.map((entry) => entry.recipientId)}::uuid[], ${entries.map((entry) => entry.type)}::text[])
        AS r(user_id, type)
      LEFT JOIN notifications.channel_preference cp ON cp.user_id = r.user_id AND cp.type = r.type
      LEFT JOIN notifications.email_settings es ON es.user_id = r.user_id`,
  );
  return new Map(
    rows.map((row) => [
      settingsKey(row.userId, row.type),
      {
        inApp: row.inApp ?? true,
        email: row.email ?? true,
        emailSettings: emailSettingsFrom(row.digest === null ? null : row),
      },
    ]),
  );
}

export const settingsKey = (userId: string, type: string) => `${userId}:${type}`;
