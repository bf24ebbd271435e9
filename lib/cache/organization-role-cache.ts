import type { OrganizationRole } from '../roles';
import type { OrganizationUserKey } from '../server/organization-role-loader';
import type { Epochs } from './epochs';
import { LruCache } from './lru';
import { accessEpochKey } from './project-access-cache';

interface Entry {
  role: OrganizationRole | null;
  epoch: number;
}

/**
 * Organization roles across requests, per process, under the same access epochs as project roles
 * (every change of an organization membership bumps its organization's). The epochs are read before
 * users is asked and answers are stored under them, so an answer that raced a change is never used;
 * "not a member" is cached too, since joining bumps the epoch. When the epochs cannot be read, users is asked.
 */
export function createOrganizationRoleCache(epochs: Epochs, options: { maxEntries?: number; ttlMs?: number } = {}) {
  const entries = new LruCache<Entry>(options.maxEntries ?? 50_000, options.ttlMs ?? 60_000);
  const stats = { calls: 0, hits: 0 };

  async function resolve(
    keys: readonly OrganizationUserKey[],
    fetch: (keys: readonly OrganizationUserKey[]) => Promise<(OrganizationRole | null)[]>,
  ): Promise<(OrganizationRole | null)[]> {
    const organizations = [...new Set(keys.map((key) => key.organizationId))];
    const values = await epochs.read(organizations.map(accessEpochKey));
    const epochOf = new Map(values ? organizations.map((id, i) => [id, values[i]]) : []);
    const cached = keys.map((key) => {
      const entry = entries.get(`${key.organizationId}:${key.userId}`);
      return entry && entry.epoch === epochOf.get(key.organizationId) ? entry : undefined;
    });
    const missing = keys.filter((_, i) => !cached[i]);
    stats.hits += keys.length - missing.length;
    if (!missing.length) return cached.map((entry) => entry!.role);
    stats.calls += 1;
    const fetched = await fetch(missing);
    let next = 0;
    return keys.map((key, i) => {
      if (cached[i]) return cached[i].role;
      const role = fetched[next++] ?? null;
      const epoch = epochOf.get(key.organizationId);
      if (epoch !== undefined) entries.set(`${key.organizationId}:${key.userId}`, { role, epoch });
      return role;
    });
  }

  return { resolve, stats };
}

export type OrganizationRoleCache = ReturnType<typeof createOrganizationRoleCache>;
