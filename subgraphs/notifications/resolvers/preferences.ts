import { badInput } from '../../../lib/errors';
import { viewerIdOf, type NotificationsContext } from '../context';
import { storedPreferences, writePreferences, type PreferenceChanges } from '../data/preferences';
import type {
  DigestFrequency,
  NotificationType,
  Resolvers,
  UpdateNotificationPreferencesInput,
} from '../generated/resolvers-types';
import type { NotificationPreferencesMapper } from '../mappers';

const timeOfDay = /^([01]\d|2[0-3]):[0-5]\d$/;

const timeZoneQuery = 'query NotificationTimeZone($ids: [ID!]!) { userContacts(ids: $ids) { timeZone } }';

/** The user's time zone from their user preferences (the users service), UTC when unknown. */
async function timeZoneOf(context: NotificationsContext, userId: string): Promise<string> {
  const { userContacts } = await context.usersClient.query<{ userContacts: ({ timeZone: string } | null)[] }>(
    timeZoneQuery,
    { ids: [userId] },
  );
  return userContacts[0]?.timeZone ?? 'UTC';
}

async function preferencesOf(context: NotificationsContext, userId: string): Promise<NotificationPreferencesMapper> {
  const [stored, timeZone] = await Promise.all([
    storedPreferences(context.prisma, userId),
    timeZoneOf(context, userId),
  ]);
  return { ...stored, timeZone };
}

/** `HH:MM` as minutes after midnight, or BAD_USER_INPUT naming the field. */
function minutesOf(value: string, field: string): number {
  if (!timeOfDay.test(value)) throw badInput(field, `${field} must be a time as HH:MM (00:00-23:59).`);
  const [hours, minutes] = value.split(':').map(Number);
  return hours! * 60 + minutes!;
}

const asTimeOfDay = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Validates the input; null fields (other than quietHours, where null removes them) are left unchanged. */
function changesOf(input: UpdateNotificationPreferencesInput): PreferenceChanges {
  const channels = input.channels ?? [];
  const seen = new Set<string>();
  for (const channel of channels) {
    if (seen.has(channel.type)) throw badInput('input.channels', `${channel.type} appears more than once.`);
    seen.add(channel.type);
  }
  const changes: PreferenceChanges = {
    channels: channels.map((channel) => ({
      type: channel.type,
      inApp: channel.inApp ?? undefined,
      email: channel.email ?? undefined,
    })),
  };
  if (input.quietHours === null) changes.quietHours = null;
  else if (input.quietHours) {
    const start = minutesOf(input.quietHours.start, 'input.quietHours.start');
    const end = minutesOf(input.quietHours.end, 'input.quietHours.end');
    if (start === end) throw badInput('input.quietHours.end', 'Quiet hours must end at another time than they start.');
    changes.quietHours = { start, end };
  }
  if (input.digest) changes.digest = input.digest;
  return changes;
}

export const preferenceResolvers: Resolvers = {
  Query: {
    notificationPreferences: (_parent, _args, context) => preferencesOf(context, viewerIdOf(context)),
  },
  Mutation: {
    updateNotificationPreferences: async (_parent, { input }, context) => {
      const userId = viewerIdOf(context);
      const changes = changesOf(input);
      const now = new Date();
      await context.prisma.$transaction((tx) => writePreferences(tx, userId, changes, now));
      return { preferences: await preferencesOf(context, userId) };
    },
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
