import { viewerIdOf, type NotificationsContext } from '../context';
import { archiveNotifications, markNotificationsRead } from '../data/stamp-own-notifications';
import type { MutationResolvers } from '../generated/resolvers-types';
import { notificationIds } from './inbox';

/** Parses `input.ids`, then stamps the viewer's notifications in one transaction. */
function stampOwn(
  context: NotificationsContext,
  globalIds: readonly string[],
  stamp: typeof markNotificationsRead | typeof archiveNotifications,
) {
  const recipientId = viewerIdOf(context);
  const ids = notificationIds(globalIds);
  const now = new Date();
  return context.prisma.$transaction((tx) => stamp(tx, recipientId, ids, now));
}

/** Idempotent: a notification already read (archived) keeps its readAt (archivedAt). */
export const stampMutations: MutationResolvers = {
  markNotificationsRead: (_parent, { input }, context) => stampOwn(context, input.ids, markNotificationsRead),
  archiveNotifications: (_parent, { input }, context) => stampOwn(context, input.ids, archiveNotifications),
};
