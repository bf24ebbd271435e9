import { badInput } from '../../../lib/errors';
import { uuidPattern } from '../../../lib/ids';
import { parsePage, toConnection } from '../../../lib/relay';
import { defaultFlowHistoryPage, flowHistoryPage, maxFlowHistoryPage } from '../data/work-item-flow-history';
import type { Resolvers, WorkItemFlowHistory } from '../generated/resolvers-types';
import { snapshotOf } from './snapshots';

/**
 * Other services' rebuild of their work-item read models (analytics): a project's items with their
 * snapshots and state changes, paged by item uuid (shield lets only services call it).
 */
export const flowHistoryResolvers: Resolvers = {
  Query: {
    workItemFlowHistory: async (_parent, args, context) => {
      if (!uuidPattern.test(args.projectId)) throw badInput('projectId', 'Not a project uuid.');
      const page = parsePage(args, '', { max: maxFlowHistoryPage, default: defaultFlowHistoryPage });
      // A service's walk, forward only: the field takes no last/before.
      const [afterId] = page.cursor ?? [];
      if (page.cursor && (page.cursor.length !== 1 || !afterId || !uuidPattern.test(afterId))) {
        throw badInput('after', 'after is not a valid cursor.');
      }
      const { items, changes } = await flowHistoryPage(context.prisma, {
        projectId: args.projectId,
        afterId: afterId ?? null,
        take: page.take,
      });
      const nodes = items.map((row): WorkItemFlowHistory & { id: string } => ({
        id: row.id,
        snapshot: snapshotOf(row),
        stateChanges: (changes.get(row.id) ?? []).map(({ workItemId: _item, ...change }) => change),
      }));
      const connection = toConnection(
        nodes,
        page,
        (node) => [node.id],
        async () => nodes.length,
      );
      return {
        edges: connection.edges,
        nodes: connection.edges.map((edge) => edge.node),
        pageInfo: connection.pageInfo,
      };
    },
  },
};
