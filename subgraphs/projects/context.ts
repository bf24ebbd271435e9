import type { EntityCache } from '../../lib/cache/entity-cache';
import type { Epochs } from '../../lib/cache/epochs';
import { unauthenticated } from '../../lib/errors';
import type { RequestIdentity } from '../../lib/viewer';
import type { ProjectsPrisma } from './db';
import type { Project } from './generated/prisma/client';
import type { Loaders } from './loaders';

export interface ProjectsContext {
  identity: RequestIdentity;
  prisma: ProjectsPrisma;
  loaders: Loaders;
  /** Bumped after every membership change, so other services' role caches drop what they hold. */
  accessEpochs?: Epochs;
  /** Projects by id shared by the process's requests; `changed(id)` after every committed change of a project row. */
  projectCache?: EntityCache<Project>;
}

/** The signed-in user's raw uuid; shield already rejects anonymous callers, this narrows the type. */
export function viewerIdOf(context: ProjectsContext): string {
  const userId = context.identity.viewer?.userId;
  if (!userId) throw unauthenticated();
  return userId;
}
