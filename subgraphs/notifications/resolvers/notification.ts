import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import type { NotificationsContext } from '../context';
import type { Notification } from '../generated/prisma/client';
import type { NotificationType, Resolvers } from '../generated/resolvers-types';

const ref = (type: string, id: string | null) => (id ? { id: toGlobalId(type, id) } : null);

/**
 * The viewer's own in-app notification by global ID, or null: anyone else's, an email-only one and
 * a malformed ID all look like a notification that does not exist.
 */
export async function ownNotification(context: NotificationsContext, globalId: string): Promise<Notification | null> {
  const decoded = decodeGlobalId(globalId);
  if (decoded?.type !== 'Notification') return null;
  const notification = await context.loaders.ownNotificationById.load(decoded.id);
  return notification?.inApp ? notification : null;
}

export const notificationResolvers: Resolvers = {
  Notification: {
    __resolveReference: (reference, context) => ownNotification(context, reference.id),
    id: (notification) => toGlobalId('Notification', notification.id),
    type: (notification) => notification.type as NotificationType,
    actor: (notification) => ref('User', notification.actorId),
    project: (notification) => ref('Project', notification.projectId),
    sprint: (notification) => ref('Sprint', notification.sprintId),
    invitation: (notification) => ref('OrganizationInvitation', notification.invitationId),
    workItem: (notification) => (notification.workItemId ? { workItemId: notification.workItemId } : null),
  },
  NotificationConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
