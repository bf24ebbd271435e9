import { userRef } from '../../../../lib/entity-ref';
import { toGlobalId } from '../../../../lib/ids';
import { badInput } from '../../../../lib/errors';
import { encodeCursor, parsePage } from '../../../../lib/relay';
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
function startAfter(after: string[] | null): number {
  if (!after) return 0;
  const index = after.length === 1 && /^\d{1,9}$/.test(after[0]!) ? Number(after[0]) : NaN;
  if (Number.isNaN(index)) throw badInput('after', 'after is not a valid cursor.');
  return index + 1;
}

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
    changes: (scope, args) => {
      const page = parsePage({ first: args.first ?? 50, after: args.after });
      const start = startAfter(page.after);
      const edges = scope.changes
        .slice(start, start + page.limit)
        .map((node, offset) => ({ cursor: encodeCursor([String(start + offset)]), node }));
      return {
        edges,
        pageInfo: {
          hasNextPage: start + page.limit < scope.changes.length,
          hasPreviousPage: start > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
        totalCount: async () => scope.changes.length,
      };
    },
  },
  ScopeChange: {
    workItemId: (change) => toGlobalId('WorkItem', change.workItemId),
    workItem: (change) => ({ workItemId: change.workItemId }),
    actor: (change) => (change.actorId ? userRef(change.actorId) : null),
  },
};
