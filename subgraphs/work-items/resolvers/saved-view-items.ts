import { badInput } from '../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../lib/ids';
import { orderFromStored } from '../data/saved-views';
import { listItemIds, maxSavedViewItemIds } from '../data/saved-view-item-ids';
import type { Resolvers } from '../generated/resolvers-types';
import { storedViewFilter, viewIfVisible } from './lists/saved-views';

/**
 * Another service's population of a saved view (analytics): the ids of the items it matches now.
 * The service asks as the viewer it serves (`queryAsViewer`), so the view is seen exactly as
 * `Query.savedView` sees it, and listed exactly as `SavedView.workItems` lists it.
 */
export const savedViewItemIdsResolvers: Resolvers = {
  Query: {
    savedViewItemIds: async (_parent, args, context) => {
      const viewId = fromGlobalId(args.id, 'SavedView', 'id');
      if (args.limit < 1 || args.limit > maxSavedViewItemIds) {
        throw badInput('limit', `limit must be 1 to ${maxSavedViewItemIds}.`);
      }
      const view = await viewIfVisible(context, viewId);
      if (!view) return null;
      // One more than asked tells whether the view matches more.
      const ids = await listItemIds(context.prisma, {
        projectId: view.projectId,
        filter: await storedViewFilter(context, view),
        order: orderFromStored(view.orderBy),
        take: args.limit + 1,
      });
      return {
        projectId: toGlobalId('Project', view.projectId),
        workItemIds: ids.slice(0, args.limit).map((id) => toGlobalId('WorkItem', id)),
        truncated: ids.length > args.limit,
      };
    },
  },
};
