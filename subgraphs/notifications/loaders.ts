import type { ProjectAccessCache } from '../../lib/cache/project-access-cache';
import type { ServiceClient } from '../../lib/server/service-client';
import type { RequestIdentity } from '../../lib/viewer';
import type { NotificationsPrisma } from './db';
import { inboxLoaders } from './loaders/inbox';
import { watcherLoaders } from './loaders/watchers';

/** Fresh per request, so nothing cached outlives the request or leaks between viewers. */
export function createLoaders(
  prisma: NotificationsPrisma,
  identity: RequestIdentity,
  projectsClient: ServiceClient,
  projectAccessCache?: ProjectAccessCache,
) {
  return {
    ...inboxLoaders(prisma, identity, projectsClient, projectAccessCache),
    ...watcherLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
