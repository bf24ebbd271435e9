import { badInput, notFound } from '../../../lib/errors';
import { fromGlobalId } from '../../../lib/ids';
import { parsePage, toConnection } from '../../../lib/relay';
import { decodeTimeIdCursor, timeIdCursorOf } from '../../../lib/time-id-cursor';
import { viewerIdOf, type NotificationsContext } from '../context';
import {
  inboxCount,
  inboxPage,
  markAllRead,
  ownInAppNotifications,
  unreadCount,
  type InboxFilter,
} from '../data/inbox';
import type { Notification } from '../generated/prisma/client';
import type { Resolvers } from '../generated/resolvers-types';
import { ownNotification } from './notification';

/** The most notifications one mark-read or archive call takes (and its payload lists). */
export const maxIds = 100;

/** The raw ids of `input.ids` (1-100 Notification IDs), without duplicates. */
function notificationIds(ids: readonly string[]): string[] {
  if (ids.length < 1 || ids.length > maxIds) throw badInput('input.ids', `Pass 1-${maxIds} notification IDs.`);
  return [...new Set(ids.map((id, index) => fromGlobalId(id, 'Notification', `input.ids.${index}`)))];
}

/**
 * Sets `column` on the viewer's notifications among `ids` where it is still null, in one
 * transaction: every ID must be one of the viewer's in-app notifications, else NOT_FOUND and
 * nothing changes. Already set values are kept (idempotent). Returns the rows in the order asked.
 */
async function stampOwn(
  context: NotificationsContext,
  ids: readonly string[],
  column: 'readAt' | 'archivedAt',
): Promise<{ notifications: Notification[]; unreadNotificationCount: number }> {
  const recipientId = viewerIdOf(context);
  const wanted = notificationIds(ids);
  const now = new Date();
  return context.prisma.$transaction(async (tx) => {
    const own = await ownInAppNotifications(tx, recipientId, wanted);
    if (own.length !== wanted.length) throw notFound('Notification');
    await tx.notification.updateMany({
      where: { id: { in: wanted }, recipientId, [column]: null },
      data: { [column]: now },
    });
    const rows = await tx.notification.findMany({ where: { id: { in: wanted }, recipientId } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return {
      notifications: wanted.map((id) => byId.get(id)!),
      unreadNotificationCount: await unreadCount(tx, recipientId),
    };
  });
}

export const inboxResolvers: Resolvers = {
  Query: {
    notifications: async (_parent, { filter, first, after }, context) => {
      const page = parsePage({ first, after });
      const cursor = decodeTimeIdCursor(page);
      const inbox: InboxFilter = {
        recipientId: viewerIdOf(context),
        unreadOnly: filter?.unreadOnly ?? false,
        types: filter?.types ? [...new Set(filter.types)] : null,
        includeArchived: filter?.includeArchived ?? false,
      };
      const rows = await inboxPage(context.prisma, inbox, cursor, page.take);
      for (const row of rows) context.loaders.ownNotificationById.prime(row.id, row);
      return toConnection(
        rows,
        page,
        (row) => timeIdCursorOf(row.createdAt, row.id),
        () => inboxCount(context.prisma, inbox),
      );
    },
    unreadNotificationCount: (_parent, _args, context) => unreadCount(context.prisma, viewerIdOf(context)),
    notification: async (_parent, { id }, context) => {
      const notification = await ownNotification(context, id);
      if (!notification) throw notFound('Notification');
      return notification;
    },
  },
  Mutation: {
    markNotificationsRead: (_parent, { input }, context) => stampOwn(context, input.ids, 'readAt'),
    archiveNotifications: (_parent, { input }, context) => stampOwn(context, input.ids, 'archivedAt'),
    markAllNotificationsRead: async (_parent, { input }, context) => {
      const recipientId = viewerIdOf(context);
      const createdUpTo = input?.createdUpTo ?? null;
      const markedCount = await markAllRead(context.prisma, recipientId, createdUpTo, new Date());
      return { markedCount, unreadNotificationCount: await unreadCount(context.prisma, recipientId) };
    },
  },
};
