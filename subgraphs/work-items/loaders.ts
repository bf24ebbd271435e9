import type { ProjectAccessCache } from '../../lib/cache/project-access-cache';
import type { ServiceClient } from '../../lib/server/service-client';
import type { RequestIdentity } from '../../lib/viewer';
import type { WorkItemsPrisma } from './db';
import { accessLoaders } from './loaders/access';
import { byIdLoaders } from './loaders/by-id';
import { itemLoaders } from './loaders/items';
import { listLoaders } from './loaders/lists';
import { projectConfigLoaders, type ProjectConfigCaches } from './loaders/project-config';
import { relationLoaders } from './loaders/relations';
import { workflowLoaders } from './loaders/workflow';

export interface WorkItemsCaches {
  projectAccess?: ProjectAccessCache;
  projectConfig?: ProjectConfigCaches;
}

/**
 * Fresh per request, so nothing cached outlives the request or leaks between viewers; only roles and
 * project configuration come through the process's caches, each under epochs its writers bump.
 */
export function createLoaders(
  prisma: WorkItemsPrisma,
  identity: RequestIdentity,
  projectsClient: ServiceClient,
  caches: WorkItemsCaches = {},
) {
  return {
    ...accessLoaders(projectsClient, identity, caches.projectAccess),
    ...projectConfigLoaders(prisma, caches.projectConfig),
    ...itemLoaders(prisma),
    ...byIdLoaders(prisma),
    ...workflowLoaders(prisma),
    ...relationLoaders(prisma, identity.viewer?.userId ?? null),
    ...listLoaders(prisma, identity),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** After a write, everything this request cached about items may be stale: batches start over. */
export function forgetAfterWrite(loaders: Loaders): void {
  for (const loader of Object.values(loaders) as { clearAll(): unknown }[]) {
    if (loader !== loaders.projectAccess && loader !== loaders.readableProjectIds) loader.clearAll();
  }
}
