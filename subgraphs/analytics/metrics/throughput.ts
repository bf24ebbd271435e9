import { addDays, dayOf, eachDay, weekStartOf } from './days';
import { finishedIn } from './open-items';
import type { Day, FlowItem, ItemIds, Window } from './types';

export interface ThroughputPoint {
  /** The day, or the Monday of the week. */
  start: Day;
  /** The same day, or the Sunday. */
  end: Day;
  count: number;
  itemIds: ItemIds;
}

function bucketed(items: readonly FlowItem[], window: Window, bucketOf: (day: Day) => Day, length: number) {
  const buckets = new Map<Day, ItemIds>();
  for (const day of eachDay(window)) if (!buckets.has(bucketOf(day))) buckets.set(bucketOf(day), []);
  for (const item of finishedIn(items, window)) buckets.get(bucketOf(dayOf(item.finishedAt)))!.push(item.id);
  return [...buckets].map(([start, itemIds]) => ({
    start,
    end: addDays(start, length - 1),
    count: itemIds.length,
    itemIds: itemIds.sort(),
  }));
}

/** Items finished on each day of the window, every day present. */
export const throughputByDay = (items: readonly FlowItem[], window: Window): ThroughputPoint[] =>
  bucketed(items, window, (day) => day, 1);

/**
 * Items finished in each ISO week that overlaps the window. A week cut by the window keeps its
 * Monday-to-Sunday bounds but counts only the items finished on the window's days.
 */
export const throughputByWeek = (items: readonly FlowItem[], window: Window): ThroughputPoint[] =>
  bucketed(items, window, weekStartOf, 7);

/** How many items finished on each day of the window, in order: the history a forecast resamples. */
export const dailyThroughput = (items: readonly FlowItem[], window: Window): number[] =>
  throughputByDay(items, window).map((point) => point.count);
