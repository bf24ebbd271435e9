import type { NotificationsDb as Db } from './client';
import { markAllRead, unreadCount } from './inbox';

/**
 * Marks the recipient's unread in-app notifications created up to `createdUpTo` (all when null) read
 * at `now`; how many changed and how many are still unread. Two statements without a transaction, as
 * before: a notification arriving between them is simply counted unread.
 */
export async function markAllNotificationsRead(
  db: Db,
  recipientId: string,
  createdUpTo: Date | null,
  now: Date,
): Promise<{ markedCount: number; unreadNotificationCount: number }> {
  const markedCount = await markAllRead(db, recipientId, createdUpTo, now);
  return { markedCount, unreadNotificationCount: await unreadCount(db, recipientId, now) };
}
