import { badInput, notFound } from '../../../lib/errors';
import { fromGlobalId } from '../../../lib/ids';
import { fetchDirection } from '../../../lib/keyset';
import { parsePage, toConnection } from '../../../lib/relay';
import { decodeTimeIdCursor, timeIdCursorOf } from '../../../lib/time-id-cursor';
import { viewerIdOf } from '../context';
import { inboxCount, inboxPage, unreadCount, type InboxFilter } from '../data/inbox';
import type { Resolvers } from '../generated/resolvers-types';
import { ownNotification } from './notification';

/** The most notifications one mark-read or archive call takes (and its payload lists). */
export const maxIds = 100;

/** The raw ids of `input.ids` (1-100 Notification IDs), without duplicates. */
export function notificationIds(ids: readonly string[]): string[] {
  if (ids.length < 1 || ids.length > maxIds) throw badInput('input.ids', `Pass 1-${maxIds} notification IDs.`);
  return [...new Set(ids.map((id, index) => fromGlobalId(id, 'Notification', `input.ids.${index}`)))];
}

export const inboxResolvers: Resolvers = {
  Query: {
    notifications: async (_parent, { filter, ...args }, context) => {
      const page = parsePage(args);
      const cursor = decodeTimeIdCursor(page);
      const inbox: InboxFilter = {
        recipientId: viewerIdOf(context),
        unreadOnly: filter?.unreadOnly ?? false,
        types: filter?.types ? [...new Set(filter.types)] : null,
        includeArchived: filter?.includeArchived ?? false,
        snoozedOnly: filter?.snoozedOnly ?? false,
        now: new Date(),
      };
      const rows = await inboxPage(context.prisma, inbox, cursor, page.take, fetchDirection(page, 'DESC'));
      for (const row of rows) context.loaders.ownNotificationById.prime(row.id, row);
      return toConnection(
        rows,
        page,
        (row) => timeIdCursorOf(row.inboxAt, row.id),
        () => inboxCount(context.prisma, inbox),
      );
    },
    unreadNotificationCount: (_parent, _args, context) => unreadCount(context.prisma, viewerIdOf(context), new Date()),
    notification: async (_parent, { id }, context) => {
      const notification = await ownNotification(context, id);
      if (!notification) throw notFound('Notification');
      return notification;
    },
  },
};
