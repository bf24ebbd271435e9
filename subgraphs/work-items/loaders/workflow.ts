import DataLoader from 'dataloader';
import { pageRequestKey, type PageRequest } from '../../../lib/db/batched-pages';
import type { WorkItemsPrisma } from '../db';
import {
  historyCounts,
  historyPages,
  timeInStates,
  type TimeInStateRow,
  type TimeInStatesKey,
} from '../data/history-reads';
import type { HistoryEntry, WorkflowState, WorkflowTransition } from '../generated/prisma/client';
import { byId, groupedBy } from '../../../lib/loader-results';
import { maxTransitionsPerWorkflow } from '../rules/workflow-rules';

export function workflowLoaders(prisma: WorkItemsPrisma) {
  return {
    stateById: new DataLoader<string, WorkflowState | null>(async (ids) =>
      byId(ids, await prisma.workflowState.findMany({ where: { id: { in: [...ids] } } })),
    ),
    /** A project's allowed transitions (in creation order; resolvers sort them by state positions). */
    transitionsByProject: new DataLoader<string, WorkflowTransition[]>(async (projectIds) =>
      groupedBy(
        projectIds,
        await prisma.workflowTransition.findMany({
          where: { projectId: { in: [...projectIds] } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          take: projectIds.length * maxTransitionsPerWorkflow,
        }),
        (transition) => transition.projectId,
      ).map((transitions) => transitions.slice(0, maxTransitionsPerWorkflow)),
    ),
    /** Pages of items' history (parentId: the item), oldest first: one statement per batch. */
    historyPage: new DataLoader<PageRequest, HistoryEntry[], string>((requests) => historyPages(prisma, requests), {
      cacheKeyFn: pageRequestKey,
    }),
    historyCount: new DataLoader<string, number>((itemIds) => historyCounts(prisma, itemIds)),
    /** Time in each state per item, from its `state` history: one statement per batch. */
    timeInStates: new DataLoader<TimeInStatesKey, TimeInStateRow[], string>(
      (items) => timeInStates(prisma, items, new Date()),
      { cacheKeyFn: (item) => item.id },
    ),
  };
}
