import { isDone, pointsOf, withoutNoise, type ItemFigures } from '../metrics/points';

// What starting and completing a sprint record, from its members as read through (pure: the data
// operations in data/start-sprint.ts and data/complete-sprint.ts lock, read and write).

/** A member of the sprint with the read model's figures of it (null: an item it has never heard of). */
export interface MemberFigures {
  workItemId: string;
  item: ItemFigures | null;
}

/** How an item left a completing sprint, and its points then. */
export interface FinalOutcome {
  workItemId: string;
  outcome: 'COMPLETED' | 'CARRIED_OVER' | 'CANCELED';
  finalPoints: number;
}

/** A sum of points without floating-point noise. */
export const sumPoints = (values: readonly number[]): number =>
  withoutNoise(values.reduce((total, value) => total + value, 0));

/** Done items are completed, canceled ones canceled; everything else (unknown items too) is carried over. */
export function outcomeOf(item: ItemFigures | null): FinalOutcome['outcome'] {
  if (isDone(item)) return 'COMPLETED';
  return item?.stateCategory === 'CANCELED' ? 'CANCELED' : 'CARRIED_OVER';
}

/** The scope a sprint commits to when it starts: every member, at its points now. */
export function committedScope(members: readonly MemberFigures[]) {
  return {
    committedPoints: sumPoints(members.map(({ item }) => pointsOf(item))),
    committedItemCount: members.length,
    workItemIds: members.map((member) => member.workItemId),
  };
}

/** Each member's outcome when the sprint completes, in the members' order. */
export const finalOutcomes = (members: readonly MemberFigures[]): FinalOutcome[] =>
  members.map(({ workItemId, item }) => ({ workItemId, outcome: outcomeOf(item), finalPoints: pointsOf(item) }));

/** The completion's figures of record: what was completed and what is carried over (canceled items are neither). */
export function completionFigures(outcomes: readonly FinalOutcome[]) {
  const completed = outcomes.filter((o) => o.outcome === 'COMPLETED');
  const carried = outcomes.filter((o) => o.outcome === 'CARRIED_OVER');
  return {
    completedWorkItemIds: completed.map((o) => o.workItemId),
    completedPoints: sumPoints(completed.map((o) => o.finalPoints)),
    carriedOverWorkItemIds: carried.map((o) => o.workItemId),
    carriedOverPoints: sumPoints(carried.map((o) => o.finalPoints)),
  };
}
