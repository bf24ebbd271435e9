import { notFound } from '../../../lib/errors';
import type { NotificationsTx } from '../db';
import type { Notification } from '../generated/prisma/client';
import { ownInAppNotifications, unreadCount } from './inbox';

export interface StampedNotifications {
  /** In the order asked. */
  notifications: Notification[];
  unreadNotificationCount: number;
}

/**
 * Sets `column` at `now` on the recipient's notifications among `ids` (raw, distinct) where it is
 * still null: every id must be one of the recipient's in-app notifications, else NOT_FOUND and
 * nothing changes. Already set values are kept (idempotent).
 */
async function stampOwnNotifications(
  tx: NotificationsTx,
  recipientId: string,
  ids: readonly string[],
  column: 'readAt' | 'archivedAt',
  now: Date,
): Promise<StampedNotifications> {
  const wanted = [...ids];
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
}

/** `markNotificationsRead`: see stampOwnNotifications. */
export const markNotificationsRead = (tx: NotificationsTx, recipientId: string, ids: readonly string[], now: Date) =>
  stampOwnNotifications(tx, recipientId, ids, 'readAt', now);

/** `archiveNotifications`: see stampOwnNotifications. */
export const archiveNotifications = (tx: NotificationsTx, recipientId: string, ids: readonly string[], now: Date) =>
  stampOwnNotifications(tx, recipientId, ids, 'archivedAt', now);
