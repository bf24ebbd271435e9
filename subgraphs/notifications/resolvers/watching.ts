import { decodeGlobalId, fromGlobalId, toGlobalId } from '../../../lib/ids';
import { watchableWorkItem } from '../access';
import { viewerIdOf, type NotificationsContext } from '../context';
import { setWatching } from '../data/set-watching';
import type { Resolvers } from '../generated/resolvers-types';

/** Records the viewer's explicit choice; automatic watching respects `watching: false` (see projection). */
async function watchOrUnwatch(context: NotificationsContext, globalId: string, watching: boolean) {
  const workItemId = fromGlobalId(globalId, 'WorkItem', 'input.workItemId');
  const item = await watchableWorkItem(context, workItemId);
  await setWatching(context.prisma, { item, userId: viewerIdOf(context), watching }, new Date());
  context.loaders.viewerWatches.clear(workItemId).prime(workItemId, watching);
  return { workItem: { workItemId } };
}

export const watchingResolvers: Resolvers = {
  Mutation: {
    watchWorkItem: (_parent, { input }, context) => watchOrUnwatch(context, input.workItemId, true),
    unwatchWorkItem: (_parent, { input }, context) => watchOrUnwatch(context, input.workItemId, false),
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
