/** What the figures need of a work item at some moment. */
export interface ItemFigures {
  estimate: number | null;
  /** BACKLOG, TODO, IN_PROGRESS, DONE or CANCELED. */
  stateCategory: string;
}

/** An item's points: its estimate, 0 when unestimated; canceled items count 0. */
export const pointsOf = (item: ItemFigures | null): number =>
  !item || item.stateCategory === 'CANCELED' ? 0 : (item.estimate ?? 0);

export const isDone = (item: ItemFigures | null): boolean => item?.stateCategory === 'DONE';

/** Neither done nor canceled (an item the read model does not know counts as not done). */
export const isUnfinished = (item: ItemFigures | null): boolean =>
  !item || (item.stateCategory !== 'DONE' && item.stateCategory !== 'CANCELED');

/**
 * Drops the binary floating-point noise of sums and quotients (0.1 + 0.2 → 0.3) and nothing more:
 * 15 significant digits are exact for every double.
 */
export const withoutNoise = (value: number): number => Number(value.toPrecision(15)) + 0;

export interface PointTotals {
  itemCount: number;
  points: number;
  completedItemCount: number;
  completedPoints: number;
  remainingPoints: number;
}

/** Totals of a set of items (null: an item the read model does not know, 0 points, not done). */
export function totalsOf(items: readonly (ItemFigures | null)[]): PointTotals {
  let points = 0;
  let completedItemCount = 0;
  let completedPoints = 0;
  let remainingPoints = 0;
  for (const item of items) {
    const itemPoints = pointsOf(item);
    points += itemPoints;
    if (isDone(item)) {
      completedItemCount += 1;
      completedPoints += itemPoints;
    } else if (isUnfinished(item)) {
      remainingPoints += itemPoints;
    }
  }
  return {
    itemCount: items.length,
    points: withoutNoise(points),
    completedItemCount,
    completedPoints: withoutNoise(completedPoints),
    remainingPoints: withoutNoise(remainingPoints),
  };
}
