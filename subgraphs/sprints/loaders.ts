import type { ProjectAccessCache } from '../../lib/cache/project-access-cache';
import type { ServiceClient } from '../../lib/server/service-client';
import type { SprintsPrisma } from './db';
import { metricLoaders } from './loaders/metrics';
import { sprintLoaders } from './loaders/sprints';

/** Fresh per request, so nothing cached outlives the request or leaks between viewers. */
export function createLoaders(
  prisma: SprintsPrisma,
  projectsClient: ServiceClient,
  projectAccessCache?: ProjectAccessCache,
) {
  return {
    ...sprintLoaders(prisma, projectsClient, projectAccessCache),
    ...metricLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** After a write, everything this request cached about sprints may be stale: batches start over. */
export function forgetAfterWrite(loaders: Loaders): void {
  for (const loader of Object.values(loaders) as { clearAll(): unknown }[]) {
    if (loader !== loaders.projectAccess) loader.clearAll();
  }
}
