import DataLoader from 'dataloader';
import { pageRequestKey, type PageRequest } from '../../../lib/db/batched-pages';
import type { WorkItemsPrisma } from '../db';
import { commentCounts, commentPages, type CommentList } from '../data/comments';
import { reactionGroups, type ReactionGroupRow } from '../data/reactions';
import { labelCounts, labelPageRequestKey, labelPages, type LabelPageRequest } from '../data/labels';
import { blockerProjectIds, relationsOfItems, type RelationRow } from '../data/links';
import type { Comment, Label, Release, Worklog } from '../generated/prisma/client';
import {
  releaseCounts,
  releasePageRequestKey,
  releasePages,
  releaseProgress,
  type ReleasePageRequest,
  type ReleaseProgressRow,
} from '../data/releases';
import { itemWorklogTotals, personTimes, worklogPages, type PersonTimeRow, type WorklogTotals } from '../data/worklogs';
import { groupedBy } from '../../../lib/loader-results';

/** Links, comments, worklogs and labels: each loader answers all the items (or projects) of a request in one statement. */
export function relationLoaders(prisma: WorkItemsPrisma, viewerId: string | null) {
  return {
    /** An item's relations seen from it, oldest first (not yet filtered by the viewer's access). */
    itemRelations: new DataLoader<string, RelationRow[]>(async (itemIds) =>
      groupedBy(itemIds, await relationsOfItems(prisma, itemIds), (row) => row.itemId),
    ),
    /** Whether an unfinished, unarchived item blocks the item. */
    /** For each item, the projects of its unfinished blockers (one entry per project). */
    itemBlockerProjects: new DataLoader<string, string[]>((itemIds) => blockerProjectIds(prisma, itemIds)),
    /** Pages of items' comments, replies included, oldest first (parentId: the item). */
    itemCommentPage: commentPageLoader(prisma, 'item'),
    itemCommentCount: commentCountLoader(prisma, 'item'),
    /** Pages of the comments that start items' threads (parentId: the item). */
    itemThreadPage: commentPageLoader(prisma, 'threads'),
    itemThreadCount: commentCountLoader(prisma, 'threads'),
    /** Pages of threads' replies (parentId: the comment that starts the thread). */
    commentReplyPage: commentPageLoader(prisma, 'replies'),
    commentReplyCount: commentCountLoader(prisma, 'replies'),
    /** Each comment's reaction groups, in the order each emoji was first used. */
    commentReactions: new DataLoader<string, ReactionGroupRow[]>((commentIds) =>
      reactionGroups(prisma, commentIds, viewerId),
    ),
    /** Pages of items' worklogs in the order they were logged (parentId: the item). */
    itemWorklogPage: new DataLoader<PageRequest, Worklog[], string>((requests) => worklogPages(prisma, requests), {
      cacheKeyFn: pageRequestKey,
    }),
    /** How many worklogs each item has and their minutes. */
    itemWorklogTotals: new DataLoader<string, WorklogTotals>((itemIds) => itemWorklogTotals(prisma, itemIds)),
    /** Each item's people with the most minutes logged. */
    itemPersonTimes: new DataLoader<string, PersonTimeRow[]>((itemIds) => personTimes(prisma, itemIds)),
    /** Pages of projects' releases, unreleased first, by release date. */
    projectReleasePage: new DataLoader<ReleasePageRequest, Release[], string>(
      (requests) => releasePages(prisma, requests),
      { cacheKeyFn: releasePageRequestKey },
    ),
    projectReleaseCount: new DataLoader<{ projectId: string; released: boolean | null }, number, string>(
      (keys) => releaseCounts(prisma, keys),
      { cacheKeyFn: (key) => `${key.projectId}:${key.released}` },
    ),
    /** Each release's unarchived items by state category, with their points. */
    releaseProgress: new DataLoader<string, ReleaseProgressRow>((releaseIds) => releaseProgress(prisma, releaseIds)),
    /** Pages of projects' labels in name order. */
    projectLabelPage: new DataLoader<LabelPageRequest, Label[], string>((requests) => labelPages(prisma, requests), {
      cacheKeyFn: labelPageRequestKey,
    }),
    projectLabelCount: new DataLoader<string, number>((projectIds) => labelCounts(prisma, projectIds)),
  };
}

function commentPageLoader(prisma: WorkItemsPrisma, list: CommentList) {
  return new DataLoader<PageRequest, Comment[], string>((requests) => commentPages(prisma, list, requests), {
    cacheKeyFn: pageRequestKey,
  });
}

function commentCountLoader(prisma: WorkItemsPrisma, list: CommentList) {
  return new DataLoader<string, number>((parentIds) => commentCounts(prisma, list, parentIds));
}
