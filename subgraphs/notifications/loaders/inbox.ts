import type { ProjectAccessCache } from '../../../lib/cache/project-access-cache';
import DataLoader from 'dataloader';
import { byId } from '../../../lib/loader-results';
import { createProjectAccessLoader } from '../../../lib/server/project-access-loader';
import type { ServiceClient } from '../../../lib/server/service-client';
import type { RequestIdentity } from '../../../lib/viewer';
import type { NotificationsPrisma } from '../db';
import type { Notification, WorkItem } from '../generated/prisma/client';

export function inboxLoaders(
  prisma: NotificationsPrisma,
  identity: RequestIdentity,
  projectsClient: ServiceClient,
  projectAccessCache?: ProjectAccessCache,
) {
  const viewerId = identity.viewer?.userId ?? null;
  return {
    projectAccess: createProjectAccessLoader(projectsClient, projectAccessCache),
    /** The viewer's own notifications only: anyone else's load as null. */
    ownNotificationById: new DataLoader<string, Notification | null>(async (ids) =>
      byId(
        ids,
        viewerId ? await prisma.notification.findMany({ where: { id: { in: [...ids] }, recipientId: viewerId } }) : [],
      ),
    ),
    /** Whether the viewer watches each work item. */
    viewerWatches: new DataLoader<string, boolean>(async (workItemIds) => {
      if (!viewerId) return workItemIds.map(() => false);
      const rows = await prisma.watcher.findMany({
        where: { workItemId: { in: [...workItemIds] }, userId: viewerId, watching: true },
        select: { workItemId: true },
      });
      const watched = new Set(rows.map((row) => row.workItemId));
      return workItemIds.map((id) => watched.has(id));
    }),
    /** The read model's view of a work item. */
    workItemById: new DataLoader<string, WorkItem | null>(async (ids) =>
      byId(ids, await prisma.workItem.findMany({ where: { id: { in: [...ids] } } })),
    ),
  };
}
