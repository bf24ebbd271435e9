import { decodeGlobalId, fromGlobalId, toGlobalId } from '../../../lib/ids';
import { watchableWorkItem } from '../access';
import { viewerIdOf, type NotificationsContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

/** Records the viewer's explicit choice; automatic watching respects `watching: false` (see projection). */
async function setWatching(context: NotificationsContext, globalId: string, watching: boolean) {
  const workItemId = fromGlobalId(globalId, 'WorkItem', 'input.workItemId');
  await watchableWorkItem(context, workItemId);
  const userId = viewerIdOf(context);
  const now = new Date();
  await context.prisma.watcher.upsert({
    where: { workItemId_userId: { workItemId, userId } },
    create: { workItemId, userId, watching, reason: 'MANUAL', updatedAt: now },
    update: watching ? { watching, reason: 'MANUAL', updatedAt: now } : { watching, updatedAt: now },
  });
  context.loaders.viewerWatches.clear(workItemId).prime(workItemId, watching);
  return { workItem: { workItemId } };
}

export const watchingResolvers: Resolvers = {
  Mutation: {
    watchWorkItem: (_parent, { input }, context) => setWatching(context, input.workItemId, true),
    unwatchWorkItem: (_parent, { input }, context) => setWatching(context, input.workItemId, false),
  },
  WorkItem: {
    // The work-items subgraph guards the item itself; this one only adds whether the viewer watches it.
    __resolveReference: (reference) => {
      const decoded = decodeGlobalId(reference.id);
      return decoded?.type === 'WorkItem' ? { workItemId: decoded.id } : null;
    },
    id: (item) => toGlobalId('WorkItem', item.workItemId),
    viewerIsWatching: (item, _args, context) => context.loaders.viewerWatches.load(item.workItemId),
  },
};
