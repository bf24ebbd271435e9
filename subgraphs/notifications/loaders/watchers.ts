import DataLoader from 'dataloader';
import { pageRequestKey, type PageRequest } from '../../../lib/db/batched-pages';
import type { NotificationsPrisma } from '../db';
import { watcherCounts, watcherPages } from '../data/watcher-lists';
import type { Watcher } from '../generated/prisma/client';

/** Watcher pages and counts of every item a request lists, one statement each. */
export function watcherLoaders(prisma: NotificationsPrisma) {
  return {
    watcherPage: new DataLoader<PageRequest, Watcher[], string>((requests) => watcherPages(prisma, requests), {
      cacheKeyFn: pageRequestKey,
    }),
    watcherCount: new DataLoader<string, number>((ids) => watcherCounts(prisma, ids)),
  };
}
