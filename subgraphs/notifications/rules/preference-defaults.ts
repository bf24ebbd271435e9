import type { NotificationPreferencesMapper } from '../mappers';
import { notificationTypes } from '../notification-types';

export type StoredPreferences = Omit<NotificationPreferencesMapper, 'timeZone'>;

/**
 * A user's preferences from their stored rows, the defaults filled in: a type without a row has both
 * channels on, no settings row means no quiet hours and no digest. Every type, in enum order.
 */
export function withDefaults(
  userId: string,
  channelRows: readonly { type: string; inApp: boolean; email: boolean }[],
  settings: { quietStart: number | null; quietEnd: number | null; digest: string } | null,
): StoredPreferences {
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
