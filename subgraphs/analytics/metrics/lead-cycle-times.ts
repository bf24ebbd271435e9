import { daysBetweenInclusive } from './days';
import { itemTimeDistribution, type ItemDuration, type ItemTimeDistribution } from './distribution';
import { finishedIn, type FinishedItem } from './open-items';
import type { FlowItem, Window } from './types';

export const leadTimeDays = (item: FinishedItem): number => daysBetweenInclusive(item.createdAt, item.finishedAt);

/** Flow dates start an item on its entry into done too; a row without a start counts 1 day. */
export const cycleTimeDays = (item: FinishedItem): number =>
  daysBetweenInclusive(item.startedAt ?? item.finishedAt, item.finishedAt);

export interface LeadCycleTimes {
  leadTime: ItemTimeDistribution;
  cycleTime: ItemTimeDistribution;
}

/** Lead and cycle times of the items finished in the window. */
export function leadCycleTimes(items: readonly FlowItem[], window: Window): LeadCycleTimes {
  const finished = finishedIn(items, window);
  const durations = (measure: (item: FinishedItem) => number): ItemDuration[] =>
    finished.map((item) => ({ id: item.id, days: measure(item) }));
  return {
    leadTime: itemTimeDistribution(durations(leadTimeDays)),
    cycleTime: itemTimeDistribution(durations(cycleTimeDays)),
  };
}
