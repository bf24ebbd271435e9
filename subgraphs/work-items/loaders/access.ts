import { createProjectAccessLoader } from '../../../lib/server/project-access-loader';
import type { ProjectAccessCache } from '../../../lib/cache/project-access-cache';
import type { ServiceClient } from '../../../lib/server/service-client';

export type { ProjectAccess, ProjectUserKey } from '../../../lib/server/project-access-loader';

export function accessLoaders(projectsClient: ServiceClient, projectAccessCache?: ProjectAccessCache) {
  return { projectAccess: createProjectAccessLoader(projectsClient, projectAccessCache) };
}
