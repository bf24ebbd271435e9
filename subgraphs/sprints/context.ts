import { unauthenticated } from '../../lib/errors';
import type { RequestIdentity } from '../../lib/viewer';
import type { SprintsPrisma } from './db';
import type { Loaders } from './loaders';
import type { WorkItemLookup } from './projection/work-item-lookup';

export interface SprintsContext {
  identity: RequestIdentity;
  prisma: SprintsPrisma;
  loaders: Loaders;
  /** Finds items the read model has not heard of yet by asking the work-items service (see README). */
  workItemLookup: WorkItemLookup;
}

/** The signed-in user's raw uuid; shield already rejects anonymous callers, this narrows the type. */
export function viewerIdOf(context: SprintsContext): string {
  const userId = context.identity.viewer?.userId;
  if (!userId) throw unauthenticated();
  return userId;
}
