import { cycleTimeDays } from './lead-cycle-times';
import { finishedIn } from './open-items';
import { byMomentThenId } from './order';
import type { FlowItem, Window } from './types';

export interface ControlChartPoint {
  id: string;
  finishedAt: Date;
  cycleTimeDays: number;
  /** The mean cycle time of this point and up to `rollingWindow - 1` before it. */
  rollingAverageDays: number;
}

/** The items finished in the window in order of finishing (then id), with a rolling mean cycle time. */
export function controlChart(items: readonly FlowItem[], window: Window, rollingWindow: number): ControlChartPoint[] {
  if (!Number.isInteger(rollingWindow) || rollingWindow < 1) {
    throw new RangeError(`rollingWindow must be a whole number of at least 1, not ${rollingWindow}`);
  }
  const finished = finishedIn(items, window).sort(byMomentThenId((item) => item.finishedAt));
  const cycleTimes = finished.map(cycleTimeDays);
  let sum = 0;
  return finished.map((item, i) => {
    sum += cycleTimes[i]!;
    if (i >= rollingWindow) sum -= cycleTimes[i - rollingWindow]!;
    return {
      id: item.id,
      finishedAt: item.finishedAt,
      cycleTimeDays: cycleTimes[i]!,
      rollingAverageDays: sum / Math.min(i + 1, rollingWindow),
    };
  });
}
