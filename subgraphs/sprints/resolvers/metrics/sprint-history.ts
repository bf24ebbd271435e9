import { userRef } from '../../../../lib/entity-ref';
import { toGlobalId } from '../../../../lib/ids';
import { listConnection, maxPageSize, parsePage } from '../../../../lib/relay';
import type { SprintsContext } from '../../context';
import type { Sprint } from '../../generated/prisma/client';
import type { Resolvers } from '../../generated/resolvers-types';
import { burndown } from '../../metrics/burndown';
import { scopeChangeOf } from '../../metrics/scope-change';
import { committedPointsOf } from './current-figures';

async function daysOf(sprint: Sprint, context: SprintsContext) {
  const [committed, timeline] = await Promise.all([
    committedPointsOf(sprint, context),
    context.loaders.sprintTimeline.load(sprint.id),
  ]);
  return burndown(sprint, committed, timeline, new Date());
}

/** Scope-change cursors are positions in the (append-only, oldest first) list of changes. */
const defaultScopeChangesPage = 50;

export const sprintHistoryResolvers: Resolvers = {
  Sprint: {
    burndown: async (sprint, _args, context) =>
      (await daysOf(sprint, context)).map(({ date, remainingPoints, completedPoints, idealRemainingPoints }) => ({
        date,
        remainingPoints,
        completedPoints,
        idealRemainingPoints,
      })),
    burnup: async (sprint, _args, context) =>
      (await daysOf(sprint, context)).map(({ date, scopePoints, completedPoints }) => ({
        date,
        scopePoints,
        completedPoints,
      })),
    scopeChange: async (sprint, _args, context) =>
      scopeChangeOf(sprint, await context.loaders.sprintTimeline.load(sprint.id), new Date()),
  },
  SprintScopeChange: {
    changes: (scope, args) =>
      listConnection(scope.changes, parsePage(args, '', { max: maxPageSize, default: defaultScopeChangesPage })),
  },
  ScopeChange: {
    workItemId: (change) => toGlobalId('WorkItem', change.workItemId),
    workItem: (change) => ({ workItemId: change.workItemId }),
    actor: (change) => (change.actorId ? userRef(change.actorId) : null),
  },
};
