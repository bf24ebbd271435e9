import type { PurgedRows } from '../../../lib/events/purges';
import type { NotificationsPrisma } from '../db';

/**
 * Deletes, in one transaction, a deleted project's notifications (and the pending emails left with
 * none, which would otherwise fail for want of content), the watches of its items and its items in
 * the read model. Emails already sent stay in the log.
 */
export function purgeProject(prisma: NotificationsPrisma, projectId: string): Promise<PurgedRows> {
  return prisma.$transaction(async (tx) => {
    const pendingEmails = await tx.notification.findMany({
      where: { projectId, emailDelivery: { status: 'PENDING' } },
      select: { emailDeliveryId: true },
      distinct: ['emailDeliveryId'],
    });
    const notifications = await tx.notification.deleteMany({ where: { projectId } });
    const emptyEmails = await tx.emailDelivery.deleteMany({
      where: {
        id: { in: pendingEmails.flatMap((row) => (row.emailDeliveryId ? [row.emailDeliveryId] : [])) },
        status: 'PENDING',
        notifications: { none: {} },
      },
    });
    const watchers = await tx.$executeRaw`
      DELETE FROM notifications.watcher
      WHERE work_item_id IN (SELECT id FROM notifications.work_item WHERE project_id = ${projectId}::uuid)`;
    const workItems = await tx.workItem.deleteMany({ where: { projectId } });
    return {
      notifications: notifications.count,
      pendingEmails: emptyEmails.count,
      watchers,
      workItems: workItems.count,
    };
  });
}
