import DataLoader from 'dataloader';
import { groupedBy } from '../../../lib/loader-results';
import type { SprintsPrisma } from '../db';
import { capacitiesOfSprints, itemsOverTime, openMembersOfSprints, scopeChangesOfSprints } from '../data/metric-reads';
import type { MemberCapacity } from '../generated/prisma/client';
import { totalsOf, type PointTotals } from '../metrics/points';
import { timelineOf, type SprintTimeline } from '../metrics/timeline';

/** Per sprint id, so the figures of a page of sprints cost a few statements in all. */
export function metricLoaders(prisma: SprintsPrisma) {
  return {
    /** What the burndown and scope change replay: membership changes and the items' history. */
    sprintTimeline: new DataLoader<string, SprintTimeline>(async (sprintIds) => {
      const changes = await scopeChangesOfSprints(prisma, sprintIds);
      const { history, current } = await itemsOverTime(prisma, [...new Set(changes.map((c) => c.workItemId))]);
      const currentById = new Map(current.map((item) => [item.id, item]));
      return groupedBy(sprintIds, changes, (change) => change.sprintId).map((membership) =>
        timelineOf(membership, history, currentById),
      );
    }),
    /** Totals of the items now in a planned or active sprint, at their current estimate and state. */
    sprintMemberTotals: new DataLoader<string, PointTotals>(async (sprintIds) =>
      groupedBy(sprintIds, await openMembersOfSprints(prisma, sprintIds), (member) => member.sprintId).map((members) =>
        totalsOf(
          members.map((m) => (m.stateCategory ? { estimate: m.estimate, stateCategory: m.stateCategory } : null)),
        ),
      ),
    ),
    sprintCapacities: new DataLoader<string, MemberCapacity[]>(async (sprintIds) =>
      groupedBy(sprintIds, await capacitiesOfSprints(prisma, sprintIds), (row) => row.sprintId),
    ),
  };
}
