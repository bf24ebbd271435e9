import type { ServiceClient } from '../../lib/server/service-client';
import type { RequestIdentity } from '../../lib/viewer';
import type { NotificationsPrisma } from './db';
import { inboxLoaders } from './loaders/inbox';

/** Fresh per request, so nothing cached outlives the request or leaks between viewers. */
export function createLoaders(prisma: NotificationsPrisma, identity: RequestIdentity, projectsClient: ServiceClient) {
  return {
    ...inboxLoaders(prisma, identity, projectsClient),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
