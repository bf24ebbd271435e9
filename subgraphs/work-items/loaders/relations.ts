import DataLoader from 'dataloader';
import { pageRequestKey, type PageRequest } from '../../../lib/db/batched-pages';
import type { WorkItemsPrisma } from '../db';
import { commentCounts, commentPages } from '../data/comments';
import { labelCounts, labelPageRequestKey, labelPages, type LabelPageRequest } from '../data/labels';
import { blockerProjectIds, relationsOfItems, type RelationRow } from '../data/links';
import type { Comment, Label } from '../generated/prisma/client';
import { groupedBy } from '../../../lib/loader-results';

/** Links, comments and labels: each loader answers all the items (or projects) of a request in one statement. */
export function relationLoaders(prisma: WorkItemsPrisma) {
  return {
    /** An item's relations seen from it, oldest first (not yet filtered by the viewer's access). */
    itemRelations: new DataLoader<string, RelationRow[]>(async (itemIds) =>
      groupedBy(itemIds, await relationsOfItems(prisma, itemIds), (row) => row.itemId),
    ),
    /** Whether an unfinished, unarchived item blocks the item. */
    /** For each item, the projects of its unfinished blockers (one entry per project). */
    itemBlockerProjects: new DataLoader<string, string[]>((itemIds) => blockerProjectIds(prisma, itemIds)),
    /** Pages of items' comments, oldest first (parentId: the item). */
    itemCommentPage: new DataLoader<PageRequest, Comment[], string>((requests) => commentPages(prisma, requests), {
      cacheKeyFn: pageRequestKey,
    }),
    itemCommentCount: new DataLoader<string, number>((itemIds) => commentCounts(prisma, itemIds)),
    /** Pages of projects' labels in name order. */
    projectLabelPage: new DataLoader<LabelPageRequest, Label[], string>((requests) => labelPages(prisma, requests), {
      cacheKeyFn: labelPageRequestKey,
    }),
    projectLabelCount: new DataLoader<string, number>((projectIds) => labelCounts(prisma, projectIds)),
  };
}
