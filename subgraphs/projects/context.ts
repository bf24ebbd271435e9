import { unauthenticated } from '../../lib/errors';
import type { RequestIdentity } from '../../lib/viewer';
import type { Prisma, PrismaClient } from './generated/prisma/client';
import type { Loaders } from './loaders';

export type ProjectsPrisma = PrismaClient;
/** The client inside `prisma.$transaction(async (tx) => ...)`. */
export type ProjectsTx = Prisma.TransactionClient;

export interface ProjectsContext {
  identity: RequestIdentity;
  prisma: ProjectsPrisma;
  loaders: Loaders;
}

/** The signed-in user's raw uuid; shield already rejects anonymous callers, this narrows the type. */
export function viewerIdOf(context: ProjectsContext): string {
  const userId = context.identity.viewer?.userId;
  if (!userId) throw unauthenticated();
  return userId;
}
