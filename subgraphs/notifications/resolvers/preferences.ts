import { viewerIdOf, type NotificationsContext } from '../context';
import { storedPreferences } from '../data/preferences';
import type { DigestFrequency, NotificationType, Resolvers } from '../generated/resolvers-types';
import type { NotificationPreferencesMapper } from '../mappers';
import { asTimeOfDay } from '../rules/time-of-day';

const timeZoneQuery = 'query NotificationTimeZone($ids: [ID!]!) { userContacts(ids: $ids) { timeZone } }';

/** The user's time zone from their user preferences (the users service), UTC when unknown. */
async function timeZoneOf(context: NotificationsContext, userId: string): Promise<string> {
  const { userContacts } = await context.usersClient.query<{ userContacts: ({ timeZone: string } | null)[] }>(
    timeZoneQuery,
    { ids: [userId] },
  );
  return userContacts[0]?.timeZone ?? 'UTC';
}

/** The user's stored preferences (defaults filled in) and time zone, read side by side. */
export async function preferencesOf(
  context: NotificationsContext,
  userId: string,
): Promise<NotificationPreferencesMapper> {
  const [stored, timeZone] = await Promise.all([
    storedPreferences(context.prisma, userId),
    timeZoneOf(context, userId),
  ]);
  return { ...stored, timeZone };
}

export const preferenceResolvers: Resolvers = {
  Query: {
    notificationPreferences: (_parent, _args, context) => preferencesOf(context, viewerIdOf(context)),
  },
  NotificationPreferences: {
    channels: (preferences) =>
      preferences.channels.map((channel) => ({ ...channel, type: channel.type as NotificationType })),
    quietHours: (preferences) =>
      preferences.quietStart !== null && preferences.quietEnd !== null
        ? { start: asTimeOfDay(preferences.quietStart), end: asTimeOfDay(preferences.quietEnd) }
        : null,
    digest: (preferences) => preferences.digest as DigestFrequency,
  },
};
