import type { ProjectAccess, ProjectUserKey } from '../server/project-access-loader';
import { resolveUnderEpochs, type EpochBatch } from './epoch-batch';
import type { Epochs } from './epochs';
import { LruCache } from './lru';

/** The epoch key every change of who may do what in an organization's projects bumps. */
export const accessEpochKey = (organizationId: string) => `access:${organizationId}`;

export interface ProjectAccessCacheOptions {
  maxEntries?: number;
  /** The bound on a lost invalidation (a writer that died between its commit and its bump, and no event yet). */
  ttlMs?: number;
}

/**
 * Roles in projects across requests, per process, under their organization's access epoch (see
 * epoch-batch.ts). The first answer for a project only teaches its organization (projects never
 * move), and is cached from the next lookup on.
 */
export function createProjectAccessCache(epochs: Epochs, options: ProjectAccessCacheOptions = {}) {
  const maxEntries = options.maxEntries ?? 50_000;
  const organizationOf = new LruCache<string>(maxEntries, Number.MAX_SAFE_INTEGER);
  const batch: EpochBatch<ProjectUserKey, ProjectAccess | null> = {
    epochs,
    entries: new LruCache(maxEntries, options.ttlMs ?? 60_000),
    stats: { calls: 0, hits: 0 },
    cacheKeyOf: (key) => `${key.projectId}:${key.userId}`,
    epochKeyOf: (key) => {
      const organizationId = organizationOf.get(key.projectId);
      return organizationId === undefined ? undefined : accessEpochKey(organizationId);
    },
    storable: (access, epochKey) => access !== null && accessEpochKey(access.organizationId) === epochKey,
  };

  async function resolve(
    keys: readonly ProjectUserKey[],
    fetch: (keys: readonly ProjectUserKey[]) => Promise<(ProjectAccess | null)[]>,
  ): Promise<(ProjectAccess | null)[]> {
    const answers = await resolveUnderEpochs(batch, keys, fetch);
    answers.forEach((access, i) => {
      if (access) organizationOf.set(keys[i]!.projectId, access.organizationId);
    });
    return answers;
  }

  return { resolve, stats: batch.stats };
}

export type ProjectAccessCache = ReturnType<typeof createProjectAccessCache>;
