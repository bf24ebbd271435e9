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

/**
 * Organization roles for subgraphs that do not own organizations: one signed call to the users
 * service per batch, cached for the request only (a removed member must lose access at once).
 */
export function createOrganizationRoleLoader(usersClient: ServiceClient) {
  return new DataLoader<OrganizationUserKey, OrganizationRole | null, string>(
    async (keys) => {
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
    },
    { cacheKeyFn: (k) => `${k.organizationId}:${k.userId}` },
  );
}
