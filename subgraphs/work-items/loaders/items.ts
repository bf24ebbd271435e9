import DataLoader from 'dataloader';
import { pageRequestKey, type PageRequest } from '../../../lib/db/batched-pages';
import { byId, groupedBy } from '../../../lib/loader-results';
import type { WorkItemsPrisma } from '../db';
import { childCounts, childPages, progressOf } from '../data/hierarchy';
import { labelsOfItems, workItemsByIds } from '../data/items';
import type { Label, WorkItem } from '../generated/prisma/client';
import type { WorkItemProgressMapper } from '../mappers';

export function itemLoaders(prisma: WorkItemsPrisma) {
  return {
    workItemById: new DataLoader<string, WorkItem | null>(async (ids) => byId(ids, await workItemsByIds(prisma, ids))),
    /** Each item's labels in name order: one statement for every item of the request. */
    labelsByItem: new DataLoader<string, Label[]>(async (itemIds) =>
      groupedBy(itemIds, await labelsOfItems(prisma, itemIds), (row) => row.workItemId).map((rows) =>
        rows.map(({ workItemId: _workItemId, ...label }) => label),
      ),
    ),
    /** Pages of items' children (oldest first), every parent's page in one statement. */
    childPage: new DataLoader<PageRequest, WorkItem[], string>((requests) => childPages(prisma, requests), {
      cacheKeyFn: pageRequestKey,
    }),
    childCount: new DataLoader<string, number>((ids) => childCounts(prisma, ids)),
    /** Progress over each item's descendants, every item in one statement. */
    progressByItem: new DataLoader<string, WorkItemProgressMapper>((ids) => progressOf(prisma, ids)),
  };
}
