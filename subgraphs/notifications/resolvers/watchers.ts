import { pageRequestOf } from '../../../lib/db/batched-pages';
import { userRef } from '../../../lib/entity-ref';
import { parsePage, toConnection } from '../../../lib/relay';
import { timeIdCursorOf } from '../../../lib/time-id-cursor';
import { watchableWorkItem } from '../access';
import type { Resolvers } from '../generated/resolvers-types';

export const watcherResolvers: Resolvers = {
  WorkItem: {
    // Checked here, not only by work-items: the planner may reach this field from a notification's item.
    watchers: async (item, args, context) => {
      const page = parsePage(args);
      await watchableWorkItem(context, item.workItemId);
      const rows = await context.loaders.watcherPage.load(pageRequestOf(item.workItemId, page));
      return toConnection(
        rows,
        page,
        (row) => timeIdCursorOf(row.updatedAt, row.userId),
        () => context.loaders.watcherCount.load(item.workItemId),
      );
    },
  },
  WorkItemWatcherEdge: {
    node: (edge) => userRef(edge.node.userId),
    reason: (edge) => edge.node.reason as never,
    since: (edge) => edge.node.updatedAt,
  },
};
