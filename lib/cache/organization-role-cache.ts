import type { OrganizationRole } from '../roles';
import type { OrganizationUserKey } from '../server/organization-role-loader';
import { resolveUnderEpochs, type EpochBatch } from './epoch-batch';
import type { Epochs } from './epochs';
import { LruCache } from './lru';
import { accessEpochKey } from './project-access-cache';

/**
 * Organization roles across requests, per process, under the same access epochs as project roles
 * (every change of an organization membership bumps its organization's). "Not a member" is cached
 * too, since joining bumps the epoch.
 */
export function createOrganizationRoleCache(epochs: Epochs, options: { maxEntries?: number; ttlMs?: number } = {}) {
  const batch: EpochBatch<OrganizationUserKey, OrganizationRole | null> = {
    epochs,
    entries: new LruCache(options.maxEntries ?? 50_000, options.ttlMs ?? 60_000),
    stats: { calls: 0, hits: 0 },
    cacheKeyOf: (key) => `${key.organizationId}:${key.userId}`,
    epochKeyOf: (key) => accessEpochKey(key.organizationId),
  };
  return {
    resolve: (
      keys: readonly OrganizationUserKey[],
      fetch: (keys: readonly OrganizationUserKey[]) => Promise<(OrganizationRole | null)[]>,
    ) => resolveUnderEpochs(batch, keys, fetch),
    stats: batch.stats,
  };
}

export type OrganizationRoleCache = ReturnType<typeof createOrganizationRoleCache>;
