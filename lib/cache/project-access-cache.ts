import type { ProjectAccess, ProjectUserKey } from '../server/project-access-loader';
import type { Epochs } from './epochs';
import { LruCache } from './lru';

/** The epoch key every change of who may do what in an organization's projects bumps. */
export const accessEpochKey = (organizationId: string) => `access:${organizationId}`;

interface Entry {
  access: ProjectAccess;
  epoch: number;
}

export interface ProjectAccessCacheOptions {
  maxEntries?: number;
  /** The bound on a lost invalidation (a writer that died between its commit and its bump, and no event yet). */
  ttlMs?: number;
}

/**
 * Roles in projects across requests, per process. An entry is used only while its organization's
 * access epoch still has the value read *before* projects was asked, so an answer that raced a
 * change is never used; the first answer for a project only teaches its organization (projects
 * never move), and is cached from the next lookup on. When the epochs cannot be read, projects is asked.
 */
export function createProjectAccessCache(epochs: Epochs, options: ProjectAccessCacheOptions = {}) {
  const maxEntries = options.maxEntries ?? 50_000;
  const entries = new LruCache<Entry>(maxEntries, options.ttlMs ?? 60_000);
  const organizationOf = new LruCache<string>(maxEntries, Number.MAX_SAFE_INTEGER);
  const stats = { calls: 0, hits: 0 };

  async function resolve(
    keys: readonly ProjectUserKey[],
    fetch: (keys: readonly ProjectUserKey[]) => Promise<(ProjectAccess | null)[]>,
  ): Promise<(ProjectAccess | null)[]> {
    const organizations = keys.map((key) => organizationOf.get(key.projectId));
    const known = [...new Set(organizations.filter((id): id is string => id !== undefined))];
    const values = await epochs.read(known.map(accessEpochKey));
    const epochOf = new Map(values ? known.map((id, i) => [id, values[i]]) : []);
    const answers: (ProjectAccess | null | undefined)[] = keys.map((key, i) => {
      const epoch = epochOf.get(organizations[i] ?? '');
      if (epoch === undefined) return undefined;
      const entry = entries.get(`${key.projectId}:${key.userId}`);
      return entry?.epoch === epoch ? entry.access : undefined;
    });
    const missing = keys.filter((_, i) => answers[i] === undefined);
    stats.hits += keys.length - missing.length;
    if (!missing.length) return answers as ProjectAccess[];
    stats.calls += 1;
    const fetched = await fetch(missing);
    let next = 0;
    return keys.map((key, i) => {
      if (answers[i] !== undefined) return answers[i];
      const access = fetched[next++];
      if (!access) return null;
      organizationOf.set(key.projectId, access.organizationId);
      const epoch = epochOf.get(organizations[i] ?? '');
      if (epoch !== undefined && access.organizationId === organizations[i]) {
        entries.set(`${key.projectId}:${key.userId}`, { access, epoch });
      }
      return access;
    });
  }

  return { resolve, stats };
}

export type ProjectAccessCache = ReturnType<typeof createProjectAccessCache>;
