import { unauthenticated } from '../../lib/errors';
import type { RequestIdentity } from '../../lib/viewer';
import type { WorkItemsPrisma } from './db';
import type { Loaders } from './loaders';

export interface WorkItemsContext {
  identity: RequestIdentity;
  prisma: WorkItemsPrisma;
  loaders: Loaders;
  /** Where people reach Workgraph (PUBLIC_URL): the base of the web app's links. */
  publicUrl(): string;
  /** After a committed change of a project's settings, workflow states or custom fields: every replica rereads them. */
  projectConfigChanged(projectId: string): Promise<void>;
}

/** The signed-in user's raw uuid; shield already rejects anonymous callers, this narrows the type. */
export function viewerIdOf(context: WorkItemsContext): string {
  const userId = context.identity.viewer?.userId;
  if (!userId) throw unauthenticated();
  return userId;
}

/** The signed-in user's raw uuid, or null for a service call: what `isMe` in a filter compares with. */
export const viewerIdOrNull = (context: WorkItemsContext): string | null => context.identity.viewer?.userId ?? null;
