import { maxRankLength, rankBetween } from './ranks';

// Where a moved item goes in a board column: ranks between neighbours and the order of a renumbered column.

/** A rank strictly between two neighbours' ranks, or null when they leave no room or it would be too long. */
export function rankBetweenNeighbours(previous: string | null, next: string | null): string | null {
  if (previous !== null && next !== null && previous >= next) return null;
  const rank = rankBetween(previous, next);
  return rank.length > maxRankLength ? null : rank;
}

export const isStrictlyBetween = (rank: string, previous: string | null, next: string | null): boolean =>
  (previous === null || previous < rank) && (next === null || rank < next);

/** The column's ids in board order with `itemId` placed after `afterId`, before `beforeId`, or last. */
export function placeInColumn(
  columnIds: readonly string[],
  itemId: string,
  placement: { afterId: string | null; beforeId: string | null },
): string[] {
  const others = columnIds.filter((id) => id !== itemId);
  let index = others.length;
  if (placement.afterId !== null && others.includes(placement.afterId)) {
    index = others.indexOf(placement.afterId) + 1;
  } else if (placement.beforeId !== null && others.includes(placement.beforeId)) {
    index = others.indexOf(placement.beforeId);
  }
  return [...others.slice(0, index), itemId, ...others.slice(index)];
}

/** Whether (rank, id) `a` comes before `b` in board order (ranks compare byte by byte, then ids). */
export const boardOrderBefore = (a: { rank: string; id: string }, b: { rank: string; id: string }): boolean =>
  a.rank < b.rank || (a.rank === b.rank && a.id < b.id);
