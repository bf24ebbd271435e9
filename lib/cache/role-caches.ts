import type { Epochs } from './epochs';
import { createOrganizationRoleCache, type OrganizationRoleCache } from './organization-role-cache';
import { createProjectAccessCache, type ProjectAccessCache } from './project-access-cache';

/**
 * The roles every subgraph asks other services for, cached per process under the organizations'
 * access epochs: what projects answers for (project, user) and what users answers for (organization,
 * user). The platform builds one pair per subgraph when there is a bus (`SubgraphRuntime.roleCaches`).
 */
export interface RoleCaches {
  projectAccess: ProjectAccessCache;
  organizationRole: OrganizationRoleCache;
}

export function createRoleCaches(epochs: Epochs): RoleCaches {
  return { projectAccess: createProjectAccessCache(epochs), organizationRole: createOrganizationRoleCache(epochs) };
}
