import { fromGlobalId, toGlobalId } from '../../../lib/ids';
import { canRead } from '../access';
import type { Resolvers } from '../generated/resolvers-types';

export const workItemResolvers: Resolvers = {
  WorkItem: {
    __resolveReference: (reference) => ({ workItemId: fromGlobalId(reference.id, 'WorkItem', 'id') }),
    id: (item) => toGlobalId('WorkItem', item.workItemId),
    // The work-items subgraph already guards the item itself; its sprint needs the same read access.
    sprint: async (item, _args, context) => {
      const sprint = await context.loaders.openSprintByWorkItem.load(item.workItemId);
      return sprint && (await canRead(context, sprint.projectId)) ? sprint : null;
    },
  },
};
