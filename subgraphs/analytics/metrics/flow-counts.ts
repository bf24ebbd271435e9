import { histogramDistribution, type DurationBucket, type TimeDistribution } from './distribution';
import { addDays, dayOf, eachDay, weekStartOf } from './days';
import { cycleTimeDays, leadTimeDays } from './lead-cycle-times';
import { finishedIn } from './open-items';
import type { Day, FlowItem, Window } from './types';

/**
 * A window's flow as whole projects' daily pre-aggregates hold it (`analytics.flow_day_stat`):
 * counts per day and per duration, without the items behind them.
 */
export interface FlowCounts {
  createdByDay: ReadonlyMap<Day, number>;
  finishedByDay: ReadonlyMap<Day, number>;
  /** Items finished in the window per lead time in days. */
  leadTime: readonly DurationBucket[];
  /** Items finished in the window per cycle time in days. */
  cycleTime: readonly DurationBucket[];
}

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

const buckets = (days: readonly number[]): DurationBucket[] =>
  [...countBy(days)].map(([duration, count]) => ({ days: duration, count }));

/** The counts the pre-aggregates hold for these items: what the triggers keep, computed item by item. */
export function flowCountsOf(items: readonly FlowItem[], window: Window): FlowCounts {
  const finished = finishedIn(items, window);
  return {
    createdByDay: countBy(
      items.map((item) => dayOf(item.createdAt)).filter((day) => day >= window.from && day <= window.to),
    ),
    finishedByDay: countBy(finished.map((item) => dayOf(item.finishedAt))),
    leadTime: buckets(finished.map(leadTimeDays)),
    cycleTime: buckets(finished.map(cycleTimeDays)),
  };
}

export interface CountedPoint {
  start: Day;
  end: Day;
  count: number;
}

/** Items finished on each day, or in each ISO week overlapping the window (its days only): `throughputByDay` / `ByWeek` from counts. */
export function throughputFromCounts(counts: FlowCounts, window: Window, interval: 'DAY' | 'WEEK'): CountedPoint[] {
  const length = interval === 'WEEK' ? 7 : 1;
  const bucketOf = interval === 'WEEK' ? weekStartOf : (day: Day) => day;
  const points = new Map<Day, CountedPoint>();
  for (const day of eachDay(window)) {
    const start = bucketOf(day);
    const point = points.get(start) ?? { start, end: addDays(start, length - 1), count: 0 };
    point.count += counts.finishedByDay.get(day) ?? 0;
    points.set(start, point);
  }
  return [...points.values()];
}

/** How many items finished on each day of the window, in order: the history a forecast resamples. */
export const dailyThroughputFromCounts = (counts: FlowCounts, window: Window): number[] =>
  eachDay(window).map((day) => counts.finishedByDay.get(day) ?? 0);

/** Items created and finished on each day of the window: `createdVsResolved` from counts. */
export const createdResolvedFromCounts = (counts: FlowCounts, window: Window) =>
  eachDay(window).map((date) => ({
    date,
    created: counts.createdByDay.get(date) ?? 0,
    resolved: counts.finishedByDay.get(date) ?? 0,
  }));

export interface CountedTimes {
  leadTime: TimeDistribution;
  cycleTime: TimeDistribution;
}

/** Lead and cycle time distributions from the counts: `leadCycleTimes` without the items. */
export const timesFromCounts = (counts: FlowCounts): CountedTimes => ({
  leadTime: histogramDistribution(counts.leadTime),
  cycleTime: histogramDistribution(counts.cycleTime),
});
