import type { SprintsContext } from '../../context';
import type { Sprint } from '../../generated/prisma/client';
import type { PointTotals } from '../../metrics/points';

const isPlanned = (sprint: Sprint) => sprint.state === 'PLANNED';
const isOpen = (sprint: Sprint) => sprint.state !== 'COMPLETED';

const membersOf = (sprint: Sprint, context: SprintsContext): Promise<PointTotals> =>
  context.loaders.sprintMemberTotals.load(sprint.id);

/** Planned: what is in the sprint now; started: what was recorded at the start. */
export async function committedPointsOf(sprint: Sprint, context: SprintsContext): Promise<number> {
  return isPlanned(sprint) ? (await membersOf(sprint, context)).points : (sprint.committedPoints ?? 0);
}

export async function committedItemCountOf(sprint: Sprint, context: SprintsContext): Promise<number> {
  return isPlanned(sprint) ? (await membersOf(sprint, context)).itemCount : (sprint.committedItemCount ?? 0);
}

/** Open sprints: done now; completed: recorded at completion. */
export async function completedPointsOf(sprint: Sprint, context: SprintsContext): Promise<number> {
  return isOpen(sprint) ? (await membersOf(sprint, context)).completedPoints : (sprint.completedPoints ?? 0);
}

export async function completedItemCountOf(sprint: Sprint, context: SprintsContext): Promise<number> {
  return isOpen(sprint) ? (await membersOf(sprint, context)).completedItemCount : (sprint.completedItemCount ?? 0);
}

/** Open sprints: not done now; completed: carried over. */
export async function remainingPointsOf(sprint: Sprint, context: SprintsContext): Promise<number> {
  return isOpen(sprint) ? (await membersOf(sprint, context)).remainingPoints : (sprint.carriedOverPoints ?? 0);
}
