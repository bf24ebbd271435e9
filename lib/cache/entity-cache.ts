import DataLoader from 'dataloader';
import { resolveUnderEpochs, type EpochBatch } from './epoch-batch';
import type { Epochs } from './epochs';
import { LruCache } from './lru';

/** The epoch every committed change of one entity bumps: `entity:User:<uuid>`, `entity:Project:<uuid>`. */
export const entityEpochKey = (type: string, id: string) => `entity:${type}:${id}`;

export interface EntityCacheOptions {
  maxEntries?: number;
  /** The bound on a lost invalidation (a writer that died between its commit and its bump, and no event yet). */
  ttlMs?: number;
}

/**
 * Rows of one entity type by id across requests, per process, each under its own epoch (see
 * epoch-batch.ts): the writer of a change bumps the entity's epoch once it is committed, so the next
 * request after a rename reads the new row in every replica. Only rows that exist are kept, frozen,
 * and each request gets its own copy (the federation layer writes `__typename` on what it resolves).
 */
export function createEntityCache<V extends object>(epochs: Epochs, type: string, options: EntityCacheOptions = {}) {
  const batch: EpochBatch<string, V | null> = {
    epochs,
    entries: new LruCache(options.maxEntries ?? 50_000, options.ttlMs ?? 60_000),
    stats: { calls: 0, hits: 0 },
    cacheKeyOf: (id) => id,
    epochKeyOf: (id) => entityEpochKey(type, id),
    storable: (row) => row !== null,
  };
  return {
    resolve: async (ids: readonly string[], fetch: (ids: readonly string[]) => Promise<(V | null)[]>) =>
      (
        await resolveUnderEpochs(batch, ids, async (missing) =>
          (await fetch(missing)).map((row) => row && Object.freeze(row)),
        )
      ).map((row) => row && { ...row }),
    /** After a committed change of the entity: every process drops its row. A failed bump is left to the TTL (and events, where the type has them). */
    changed: (id: string) => epochs.bump(entityEpochKey(type, id)).catch(() => undefined),
    stats: batch.stats,
  };
}

export type EntityCache<V extends object> = ReturnType<typeof createEntityCache<V>>;

/** A per-request loader of rows by id that asks `cache` first when there is one (a process without shared epochs has none). */
export function cachedByIdLoader<V extends object>(
  cache: EntityCache<V> | undefined,
  fetch: (ids: readonly string[]) => Promise<(V | null)[]>,
): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>((ids) => (cache ? cache.resolve(ids, fetch) : fetch(ids)));
}
