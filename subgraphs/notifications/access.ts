import { notFound } from '../../lib/errors';
import { viewerIdOf, type NotificationsContext } from './context';
import type { WorkItem } from './generated/prisma/client';

/**
 * A work item the viewer may watch: known to the read model (not deleted) and in a project the viewer
 * can read. An unknown item and one the viewer may not see give the same NOT_FOUND.
 */
export async function watchableWorkItem(context: NotificationsContext, workItemId: string): Promise<WorkItem> {
  const item = await context.loaders.workItemById.load(workItemId);
  if (!item || item.deleted) throw notFound('Work item');
  const access = await context.loaders.projectAccess.load({ projectId: item.projectId, userId: viewerIdOf(context) });
  if (!access?.role) throw notFound('Work item');
  return item;
}
