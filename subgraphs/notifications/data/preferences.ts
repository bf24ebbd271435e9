import type { NotificationsPrisma, NotificationsTx } from '../db';
import type { NotificationPreferencesMapper } from '../mappers';
import { notificationTypes } from '../notification-types';

type Db = NotificationsPrisma | NotificationsTx;

/** A user's stored preferences with the defaults filled in (both channels on, no quiet hours, no digest). */
export async function storedPreferences(
  db: Db,
  userId: string,
): Promise<Omit<NotificationPreferencesMapper, 'timeZone'>> {
  const [channelRows, settings] = await Promise.all([
    db.channelPreference.findMany({ where: { userId } }),
    db.emailSettings.findUnique({ where: { userId } }),
  ]);
  const byType = new Map(channelRows.map((row) => [row.type, row]));
  return {
    userId,
    channels: notificationTypes.map((type) => {
      const row = byType.get(type);
      return { type, inApp: row?.inApp ?? true, email: row?.email ?? true };
    }),
    quietStart: settings?.quietStart ?? null,
    quietEnd: settings?.quietEnd ?? null,
    digest: settings?.digest ?? 'NONE',
  };
}

export interface PreferenceChanges {
  channels: { type: string; inApp?: boolean; email?: boolean }[];
  /** undefined: unchanged; null: removed. Minutes after local midnight. */
  quietHours?: { start: number; end: number } | null;
  digest?: string;
}

/** Applies the changes; omitted channels and settings keep their value. */
export async function writePreferences(tx: NotificationsTx, userId: string, changes: PreferenceChanges, now: Date) {
  for (const channel of changes.channels) {
    await tx.channelPreference.upsert({
      where: { userId_type: { userId, type: channel.type } },
      create: { userId, type: channel.type, inApp: channel.inApp ?? true, email: channel.email ?? true },
      update: {
        ...(channel.inApp !== undefined ? { inApp: channel.inApp } : {}),
        ...(channel.email !== undefined ? { email: channel.email } : {}),
      },
    });
  }
  if (changes.quietHours === undefined && changes.digest === undefined) return;
  const quiet =
    changes.quietHours === undefined
      ? {}
      : { quietStart: changes.quietHours?.start ?? null, quietEnd: changes.quietHours?.end ?? null };
  const digest = changes.digest === undefined ? {} : { digest: changes.digest };
  await tx.emailSettings.upsert({
    where: { userId },
    create: { userId, ...quiet, ...digest, updatedAt: now },
    update: { ...quiet, ...digest, updatedAt: now },
  });
}
