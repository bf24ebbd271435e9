import { createRoleLoaders } from '../../lib/server/role-loaders';
import type { RoleCaches } from '../../lib/cache/role-caches';
import DataLoader from 'dataloader';
import type { PageRequest } from '../../lib/db/batched-pages';
import type { ServiceClient } from '../../lib/server/service-client';
import { attemptsByIds, deliveriesByIds, endpointsByIds } from './data/entity-reads';
import { pageCounts, pageIds, pageRequestKey, pagedListKey, type PagedList } from './data/pages';
import type { IntegrationsPrisma } from './db';

/** Loaders made on first use, one per list variant, so each variant's pages batch together. */
function perVariant<T>(make: (list: PagedList) => T): (list: PagedList) => T {
  const made = new Map<string, T>();
  return (list) => {
    const key = pagedListKey(list);
    let loader = made.get(key);
    if (!loader) made.set(key, (loader = make(list)));
    return loader;
  };
}

const present = <T>(rows: (T | null | Error)[]): T[] =>
  rows.filter((row): row is T => row !== null && !(row instanceof Error));

/** Fresh per request, so nothing cached outlives the request or leaks between viewers. */
export function createLoaders(
  prisma: IntegrationsPrisma,
  clients: { projects: ServiceClient; users: ServiceClient },
  roleCaches?: RoleCaches,
) {
  const endpointById = new DataLoader((ids: readonly string[]) => endpointsByIds(prisma, ids));
  const deliveryById = new DataLoader((ids: readonly string[]) => deliveriesByIds(prisma, ids));
  const attemptById = new DataLoader((ids: readonly string[]) => attemptsByIds(prisma, ids));
  const rowsOf = {
    webhook_endpoint: endpointById,
    webhook_delivery: deliveryById,
    webhook_attempt: attemptById,
  } as const;
  /** Pages of ids in one statement, then their rows in one more (shared with the by-id loaders). */
  const pageLoader = <T>(list: PagedList, loader: DataLoader<string, T | null>) =>
    new DataLoader<PageRequest, T[], string>(
      async (requests) => {
        const pages = await pageIds(prisma, list, requests);
        return Promise.all(pages.map(async (ids) => present(await loader.loadMany(ids))));
      },
      { cacheKeyFn: pageRequestKey },
    );
  return {
    ...createRoleLoaders(clients, roleCaches),
    endpointById,
    deliveryById,
    attemptById,
    endpointPages: perVariant((list) => pageLoader(list, rowsOf.webhook_endpoint)),
    deliveryPages: perVariant((list) => pageLoader(list, rowsOf.webhook_delivery)),
    attemptPages: perVariant((list) => pageLoader(list, rowsOf.webhook_attempt)),
    counts: perVariant((list) => new DataLoader<string, number>((parentIds) => pageCounts(prisma, list, parentIds))),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
