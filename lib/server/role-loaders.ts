import type { RoleCaches } from '../cache/role-caches';
import { createOrganizationRoleLoader } from './organization-role-loader';
import { createProjectAccessLoader } from './project-access-loader';
import type { ServiceClient } from './service-client';

/**
 * Per-request loaders of the caller's project and organization roles, asked of projects and users
 * through the process's role caches (`SubgraphRuntime.roleCaches`; absent without a bus).
 */
export function createRoleLoaders(clients: { projects: ServiceClient; users: ServiceClient }, caches?: RoleCaches) {
  return {
    projectAccess: createProjectAccessLoader(clients.projects, caches?.projectAccess),
    organizationRole: createOrganizationRoleLoader(clients.users, caches?.organizationRole),
  };
}
