import { userRef } from '../../../../lib/entity-ref';
import { notFound } from '../../../../lib/errors';
import { timeIdConnection } from '../../../../lib/db/batched-pages';
import { toGlobalId } from '../../../../lib/ids';
import { renderHistoryValue } from '../../data/history-reads';
import type { Resolvers } from '../../generated/resolvers-types';

/** An item's state, history and time in states: each one batched statement per request, whatever the item count. */
export const itemStateResolvers: Resolvers = {
  WorkItem: {
    state: async (item, _args, context) => {
      // Through the project's (cached) workflow: an item's state is always one of its project's.
      const states = await context.loaders.statesByProject.load(item.projectId);
      const state = states.find((candidate) => candidate.id === item.stateId);
      if (!state) throw notFound('Workflow state');
      return state;
    },
    history: (item, args, context) =>
      timeIdConnection(item.id, args, { pages: context.loaders.historyPage, counts: context.loaders.historyCount }),
    timeInStates: (item, _args, context) =>
      context.loaders.timeInStates.load({
        id: item.id,
        stateId: item.stateId,
        createdAt: item.createdAt,
        stateEnteredAt: item.stateEnteredAt,
      }),
  },

  HistoryEntryConnection: {
    totalCount: (connection) => connection.totalCount(),
  },

  HistoryEntry: {
    id: (entry) => toGlobalId('HistoryEntry', entry.id),
    oldValue: (entry) => renderHistoryValue(entry.oldValue),
    newValue: (entry) => renderHistoryValue(entry.newValue),
    actor: (entry) => (entry.actorId ? userRef(entry.actorId) : null),
  },

  TimeInState: {
    state: (row, _args, context) => context.loaders.stateById.load(row.stateId),
  },
};
