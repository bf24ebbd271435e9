import { daysBetweenInclusive } from './days';
import { inProgressAt } from './open-items';
import { byMomentThenId } from './order';
import type { FlowItem, Window } from './types';

export interface AgingItem {
  id: string;
  startedAt: Date;
  ageDays: number;
  stateId: string;
  aging: boolean;
}

export interface AgingWip {
  thresholdDays: number | null;
  count: number;
  agingCount: number;
  items: AgingItem[];
}

/**
 * Items in progress at the end of the window, oldest first (earliest start, then id), flagged when
 * their age is strictly above `thresholdDays` (the window's p85 cycle time; null flags none).
 * `stateId` is the item's state now, which is its state at the end of a window ending today.
 */
export function agingWip(items: readonly FlowItem[], window: Window, thresholdDays: number | null): AgingWip {
  const open = items
    .filter((item): item is FlowItem & { startedAt: Date } => inProgressAt(item, window.to))
    .map((item) => {
      const ageDays = daysBetweenInclusive(item.startedAt, window.to);
      const aging = thresholdDays !== null && ageDays > thresholdDays;
      return { id: item.id, startedAt: item.startedAt, ageDays, stateId: item.stateId, aging };
    })
    .sort(byMomentThenId((item) => item.startedAt));
  return {
    thresholdDays,
    count: open.length,
    agingCount: open.filter((item) => item.aging).length,
    items: open,
  };
}
