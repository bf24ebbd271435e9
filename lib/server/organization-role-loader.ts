import DataLoader from 'dataloader';
import { toGlobalId } from '../ids';
import type { OrganizationRole } from '../roles';
import type { ServiceClient } from './service-client';

export interface OrganizationUserKey {
  organizationId: string;
  userId: string;
}

const organizationRoles = new Set<string>(['OWNER', 'ADMIN', 'MEMBER', 'GUEST']);

export const organizationRolesQuery = 'query($keys: [OrganizationRoleKey!]!) { organizationRoles(keys: $keys) }';

type Fetch = (keys: readonly OrganizationUserKey[]) => Promise<(OrganizationRole | null)[]>;

/** What `lib/cache/organization-role-cache.ts` offers; named here so the two modules do not import each other. */
interface RoleCache {
  resolve(keys: readonly OrganizationUserKey[], fetch: Fetch): Promise<(OrganizationRole | null)[]>;
}

/**
 * Organization roles for subgraphs that do not own organizations: one signed call to the users
 * service per batch of what `cache` (shared by the process's requests, invalidated by access epochs
 * the moment a membership changes) does not hold.
 */
export function createOrganizationRoleLoader(usersClient: ServiceClient, cache?: RoleCache) {
  const fetch: Fetch = async (keys) => {
    const data = await usersClient.query<{ organizationRoles: (string | null)[] }>(organizationRolesQuery, {
      keys: keys.map((k) => ({
        organizationId: toGlobalId('Organization', k.organizationId),
        userId: toGlobalId('User', k.userId),
      })),
    });
    return keys.map((_, i) => {
      const role = data.organizationRoles[i];
      return role && organizationRoles.has(role) ? (role as OrganizationRole) : null;
    });
  };
  return new DataLoader<OrganizationUserKey, OrganizationRole | null, string>(
    (keys) => (cache ? cache.resolve(keys, fetch) : fetch(keys)),
    { cacheKeyFn: (k) => `${k.organizationId}:${k.userId}` },
  );
}
