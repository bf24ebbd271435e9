import DataLoader from 'dataloader';
import { byId, byKey } from '../../../lib/loader-results';
import { createProjectAccessLoader } from '../../../lib/server/project-access-loader';
import type { ProjectAccessCache } from '../../../lib/cache/project-access-cache';
import type { ServiceClient } from '../../../lib/server/service-client';
import type { SprintsPrisma } from '../db';
import { activeSprintsOfProjects, sprintsByIds, workItemsByIds } from '../data/metric-reads';
import { sprintItemCounts, sprintItemsPages, type SprintItemsPageKey } from '../data/sprint-lists';
import type { Sprint, SprintItem, WorkItem } from '../generated/prisma/client';

export function sprintLoaders(
  prisma: SprintsPrisma,
  projectsClient: ServiceClient,
  projectAccessCache?: ProjectAccessCache,
) {
  return {
    /** `Sprint.workItems` pages: the pages of a list of sprints in one statement. */
    sprintItemsPage: new DataLoader<SprintItemsPageKey, SprintItem[], string>(
      (keys) => sprintItemsPages(prisma, keys),
      { cacheKeyFn: (k) => `${k.sprintId}:${k.afterSeq}:${k.take}:${k.direction}` },
    ),
    sprintItemCount: new DataLoader<string, number>((sprintIds) => sprintItemCounts(prisma, sprintIds)),
    projectAccess: createProjectAccessLoader(projectsClient, projectAccessCache),
    sprintById: new DataLoader<string, Sprint | null>(async (ids) => byId(ids, await sprintsByIds(prisma, ids))),
    /** The project's ACTIVE sprint, by project id. */
    activeSprintByProject: new DataLoader<string, Sprint | null>(async (projectIds) =>
      byKey(projectIds, await activeSprintsOfProjects(prisma, projectIds), (s) => s.projectId),
    ),
    /** The planned or active sprint a work item is in, by work item id. */
    openSprintByWorkItem: new DataLoader<string, Sprint | null>(async (workItemIds) => {
      const rows = await prisma.sprintItem.findMany({
        where: { workItemId: { in: [...workItemIds] }, open: true },
        include: { sprint: true },
      });
      return byKey(workItemIds, rows, (row) => row.workItemId).map((row) => row?.sprint ?? null);
    }),
    /** The read model's view of a work item. */
    workItemById: new DataLoader<string, WorkItem | null>(async (ids) => byId(ids, await workItemsByIds(prisma, ids))),
  };
}
