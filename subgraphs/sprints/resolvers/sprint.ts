import { userRef } from '../../../lib/entity-ref';
import { decodeGlobalId, fromGlobalId, toGlobalId } from '../../../lib/ids';
import { fetchDirection } from '../../../lib/keyset';
import { maxPageSize, parsePage, toConnection } from '../../../lib/relay';
import { canRead, readableSprint } from '../access';
import { sprintItemsAfter } from '../data/sprint-lists';
import type { Resolvers } from '../generated/resolvers-types';

const optionalUser = (userId: string | null) => (userId ? userRef(userId) : null);

export const sprintResolvers: Resolvers = {
  Query: {
    sprint: async (_parent, { id }, context) =>
      (await readableSprint(context, fromGlobalId(id, 'Sprint', 'id'))).sprint,
  },
  Sprint: {
    __resolveReference: async (reference, context) => {
      const decoded = decodeGlobalId(reference.id);
      if (!decoded || decoded.type !== 'Sprint') return null;
      const sprint = await context.loaders.sprintById.load(decoded.id);
      return sprint && (await canRead(context, sprint.projectId)) ? sprint : null;
    },
    id: (sprint) => toGlobalId('Sprint', sprint.id),
    project: (sprint) => ({ projectId: sprint.projectId }),
    state: (sprint) => sprint.state as 'PLANNED' | 'ACTIVE' | 'COMPLETED',
    startedBy: (sprint) => optionalUser(sprint.startedById),
    completedBy: (sprint) => optionalUser(sprint.completedById),
    carriedOverTo: (sprint, _args, context) =>
      sprint.carriedOverToId ? context.loaders.sprintById.load(sprint.carriedOverToId) : null,
    workItems: async (sprint, args, context) => {
      const page = parsePage(args, '', { max: maxPageSize, default: 50 });
      const rows = await context.loaders.sprintItemsPage.load({
        sprintId: sprint.id,
        afterSeq: sprintItemsAfter(page),
        take: page.take,
        direction: fetchDirection(page),
      });
      const connection = toConnection(
        rows,
        page,
        (row) => [row.seq.toString()],
        () => context.loaders.sprintItemCount.load(sprint.id),
      );
      return {
        ...connection,
        edges: connection.edges.map(({ cursor, node }) => ({
          cursor,
          node: { workItemId: node.workItemId },
          addedAt: node.addedAt,
          outcome: node.outcome,
        })),
      };
    },
  },
  SprintWorkItemEdge: {
    workItemId: (edge) => toGlobalId('WorkItem', edge.node.workItemId),
    outcome: (edge) => edge.outcome as 'COMPLETED' | 'CARRIED_OVER' | 'CANCELED' | null,
  },
};
