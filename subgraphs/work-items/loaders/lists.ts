import DataLoader from 'dataloader';
import { pageRequestKey, type PageRequest } from '../../../lib/db/batched-pages';
import type { RequestIdentity } from '../../../lib/viewer';
import type { WorkItemsPrisma } from '../db';
import {
  columnCountKey,
  columnCounts,
  columnPageKey,
  columnPages,
  type ColumnCountRequest,
  type ColumnPageRequest,
} from '../data/board';
import {
  crossProjectCount,
  crossProjectCountKey,
  crossProjectKey,
  crossProjectPage,
  type CrossProjectQuery,
} from '../data/cross-project-lists';
import { visibleViewCounts, visibleViewPages } from '../data/saved-views';
import { searchCount, searchPage, type SearchHitRow, type SearchQuery } from '../data/search';
import {
  itemCountKey,
  itemCounts,
  itemListKey,
  itemPages,
  type ItemCountQuery,
  type ItemListQuery,
} from '../data/work-item-lists';
import type { SavedView, WorkItem } from '../generated/prisma/client';
import { byId } from '../../../lib/loader-results';

export function listLoaders(prisma: WorkItemsPrisma, identity: RequestIdentity) {
  const viewerId = identity.viewer?.userId;
  return {
    /** Item list pages (project lists, saved views): every list of the request in one statement. */
    itemListPage: new DataLoader<ItemListQuery, WorkItem[], string>((queries) => itemPages(prisma, queries), {
      cacheKeyFn: itemListKey,
    }),
    /** Item list counts, in one statement. */
    itemListCount: new DataLoader<ItemCountQuery, number, string>((queries) => itemCounts(prisma, queries), {
      cacheKeyFn: itemCountKey,
    }),
    /** Pages of items across the projects the viewer reads (a request has one, so each is its own statement). */
    crossProjectPage: new DataLoader<CrossProjectQuery, WorkItem[], string>(
      (queries) => Promise.all(queries.map((query) => crossProjectPage(prisma, query))),
      { cacheKeyFn: crossProjectKey },
    ),
    crossProjectCount: new DataLoader<Pick<CrossProjectQuery, 'projectIds' | 'filter'>, number, string>(
      (queries) => Promise.all(queries.map((query) => crossProjectCount(prisma, query))),
      { cacheKeyFn: crossProjectCountKey },
    ),
    /** Search pages and counts (one search per request, so each is its own statement). */
    searchPage: new DataLoader<SearchQuery, SearchHitRow[], string>(
      (queries) => Promise.all(queries.map((query) => searchPage(prisma, query))),
      { cacheKeyFn: (query) => JSON.stringify(query) },
    ),
    searchCount: new DataLoader<Pick<SearchQuery, 'projectIds' | 'tsquery'>, number, string>(
      (queries) => Promise.all(queries.map((query) => searchCount(prisma, query))),
      { cacheKeyFn: (query) => JSON.stringify([query.projectIds, query.tsquery]) },
    ),
    /** Board column pages: every column of every board of the request in one statement (per filter). */
    boardColumnPage: new DataLoader<ColumnPageRequest, WorkItem[], string>(
      (requests) => columnPages(prisma, requests),
      {
        cacheKeyFn: columnPageKey,
      },
    ),
    /** Board column item counts, in one statement (per filter). */
    boardColumnCount: new DataLoader<ColumnCountRequest, number, string>((requests) => columnCounts(prisma, requests), {
      cacheKeyFn: columnCountKey,
    }),
    savedViewById: new DataLoader<string, SavedView | null>(async (ids) =>
      byId(ids, await prisma.savedView.findMany({ where: { id: { in: [...ids] } } })),
    ),
    /** Views of projects (parentId) the signed-in viewer sees: their own and shared ones; none when anonymous. */
    visibleSavedViewPage: new DataLoader<PageRequest, SavedView[], string>(
      async (requests) => (viewerId ? visibleViewPages(prisma, viewerId, requests) : requests.map(() => [])),
      { cacheKeyFn: pageRequestKey },
    ),
    visibleSavedViewCount: new DataLoader<string, number>(async (projectIds) =>
      viewerId ? visibleViewCounts(prisma, viewerId, projectIds) : projectIds.map(() => 0),
    ),
  };
}
