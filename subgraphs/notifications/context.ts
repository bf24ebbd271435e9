import { unauthenticated } from '../../lib/errors';
import type { ServiceClient } from '../../lib/server/service-client';
import type { RequestIdentity } from '../../lib/viewer';
import type { NotificationsPrisma } from './db';
import type { Loaders } from './loaders';

export interface NotificationsContext {
  identity: RequestIdentity;
  prisma: NotificationsPrisma;
  loaders: Loaders;
  /** Signed calls to the users service (time zones for preferences). */
  usersClient: ServiceClient;
  /** Verifies unsubscribe tokens. */
  signingSecret: string;
}

/** The signed-in user's raw uuid; shield already rejects anonymous callers, this narrows the type. */
export function viewerIdOf(context: NotificationsContext): string {
  const userId = context.identity.viewer?.userId;
  if (!userId) throw unauthenticated();
  return userId;
}
