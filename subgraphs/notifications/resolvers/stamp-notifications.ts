import { badInput } from '../../../lib/errors';
import { viewerIdOf, type NotificationsContext } from '../context';
import {
  archiveNotifications,
  markNotificationsRead,
  markNotificationsUnread,
  snoozeNotifications,
  unarchiveNotifications,
  unsnoozeNotifications,
} from '../data/stamp-own-notifications';
import type { MutationResolvers } from '../generated/resolvers-types';
import { notificationIds } from './inbox';

/** The furthest ahead a snooze may end. */
export const maxSnoozeDays = 365;
const dayMs = 24 * 60 * 60 * 1000;

/** Parses `input.ids`, then changes the viewer's notifications in one transaction. */
function changeOwn(
  context: NotificationsContext,
  globalIds: readonly string[],
  change: typeof markNotificationsRead,
  now = new Date(),
) {
  const recipientId = viewerIdOf(context);
  const ids = notificationIds(globalIds);
  return context.prisma.$transaction((tx) => change(tx, recipientId, ids, now));
}

/** Idempotent: a notification already in the asked state keeps its times. */
export const stampMutations: MutationResolvers = {
  markNotificationsRead: (_parent, { input }, context) => changeOwn(context, input.ids, markNotificationsRead),
  markNotificationsUnread: (_parent, { input }, context) => changeOwn(context, input.ids, markNotificationsUnread),
  archiveNotifications: (_parent, { input }, context) => changeOwn(context, input.ids, archiveNotifications),
  unarchiveNotifications: (_parent, { input }, context) => changeOwn(context, input.ids, unarchiveNotifications),
  unsnoozeNotifications: (_parent, { input }, context) => changeOwn(context, input.ids, unsnoozeNotifications),
  snoozeNotifications: (_parent, { input }, context) => {
    const now = new Date();
    if (input.until.getTime() <= now.getTime()) throw badInput('input.until', 'A snooze must end in the future.');
    if (input.until.getTime() > now.getTime() + maxSnoozeDays * dayMs) {
      throw badInput('input.until', `A snooze can end at most ${maxSnoozeDays} days ahead.`);
    }
    return changeOwn(context, input.ids, snoozeNotifications(input.until), now);
  },
};
