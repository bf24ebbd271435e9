import type { NotificationsTx } from '../db';
import type { NotificationsDb as Db } from './client';
import type { PreferenceChanges } from '../rules/preference-changes';
import { withDefaults, type StoredPreferences } from '../rules/preference-defaults';

/** A user's stored preferences with the defaults filled in (both channels on, no quiet hours, no digest). */
export async function storedPreferences(db: Db, userId: string): Promise<StoredPreferences> {
  const [channelRows, settings] = await Promise.all([
    db.channelPreference.findMany({ where: { userId } }),
    db.emailSettings.findUnique({ where: { userId } }),
  ]);
  return withDefaults(userId, channelRows, settings);
}

/** `updateNotificationPreferences`: applies the changes; omitted channels and settings keep their value. */
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
