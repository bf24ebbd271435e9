import { notFound } from '../../../lib/errors';
import type { NotificationsTx } from '../db';
import type { Notification, Prisma } from '../generated/prisma/client';
import { ownInAppNotifications, unreadCount } from './inbox';

export interface StampedNotifications {
  /** In the order asked. */
  notifications: Notification[];
  unreadNotificationCount: number;
}

/** One change to a recipient's notifications: which rows it touches and what it sets on them. */
interface Stamp {
  where: Prisma.NotificationWhereInput;
  data: Prisma.NotificationUpdateManyMutationInput;
}

/**
 * Applies `stamp` to the recipient's notifications among `ids` (raw, distinct): every id must be one
 * of the recipient's in-app notifications, else NOT_FOUND and nothing changes. Rows the stamp's
 * `where` leaves out keep their values, so each change is idempotent.
 */
async function stampOwnNotifications(
  tx: NotificationsTx,
  recipientId: string,
  ids: readonly string[],
  stamp: Stamp,
  now: Date,
): Promise<StampedNotifications> {
  const wanted = [...ids];
  const own = await ownInAppNotifications(tx, recipientId, wanted);
  if (own.length !== wanted.length) throw notFound('Notification');
  await tx.notification.updateMany({ where: { id: { in: wanted }, recipientId, ...stamp.where }, data: stamp.data });
  const rows = await tx.notification.findMany({ where: { id: { in: wanted }, recipientId } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    notifications: wanted.map((id) => byId.get(id)!),
    unreadNotificationCount: await unreadCount(tx, recipientId, now),
  };
}

type OwnNotificationsChange = (
  tx: NotificationsTx,
  recipientId: string,
  ids: readonly string[],
  now: Date,
) => Promise<StampedNotifications>;

/** `markNotificationsRead`: a notification read before keeps its first read time. */
export const markNotificationsRead: OwnNotificationsChange = (tx, recipientId, ids, now) =>
  stampOwnNotifications(tx, recipientId, ids, { where: { readAt: null }, data: { readAt: now } }, now);

/** `markNotificationsUnread`. */
export const markNotificationsUnread: OwnNotificationsChange = (tx, recipientId, ids, now) =>
  stampOwnNotifications(tx, recipientId, ids, { where: { readAt: { not: null } }, data: { readAt: null } }, now);

/** `archiveNotifications`: one archived before keeps its first archive time. */
export const archiveNotifications: OwnNotificationsChange = (tx, recipientId, ids, now) =>
  stampOwnNotifications(tx, recipientId, ids, { where: { archivedAt: null }, data: { archivedAt: now } }, now);

/** `unarchiveNotifications`. */
export const unarchiveNotifications: OwnNotificationsChange = (tx, recipientId, ids, now) =>
  stampOwnNotifications(
    tx,
    recipientId,
    ids,
    { where: { archivedAt: { not: null } }, data: { archivedAt: null } },
    now,
  );

/** `unsnoozeNotifications`: only snoozes still running end; one that has ended keeps its inbox time. */
export const unsnoozeNotifications: OwnNotificationsChange = (tx, recipientId, ids, now) =>
  stampOwnNotifications(
    tx,
    recipientId,
    ids,
    { where: { snoozedUntil: { gt: now } }, data: { snoozedUntil: null } },
    now,
  );

/**
 * `snoozeNotifications`: out of the inbox until `until`, then back unread, archived ones included
 * (a snooze is a reminder, so it brings the notification back wherever it was).
 */
export const snoozeNotifications =
  (until: Date): OwnNotificationsChange =>
  (tx, recipientId, ids, now) =>
    stampOwnNotifications(
      tx,
      recipientId,
      ids,
      { where: {}, data: { snoozedUntil: until, readAt: null, archivedAt: null } },
      now,
    );
