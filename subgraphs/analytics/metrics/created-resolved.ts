import { dayOf, eachDay } from './days';
import type { Day, FlowItem, ItemIds, Window } from './types';

export interface CreatedResolvedPoint {
  date: Day;
  created: number;
  resolved: number;
  createdItemIds: ItemIds;
  resolvedItemIds: ItemIds;
}

/** Items created and items finished on each day of the window (archived and deleted ones included). */
export function createdVsResolved(items: readonly FlowItem[], window: Window): CreatedResolvedPoint[] {
  const created = new Map<Day, ItemIds>(eachDay(window).map((day) => [day, []]));
  const resolved = new Map<Day, ItemIds>(eachDay(window).map((day) => [day, []]));
  for (const item of items) {
    created.get(dayOf(item.createdAt))?.push(item.id);
    if (item.finishedAt) resolved.get(dayOf(item.finishedAt))?.push(item.id);
  }
  return [...created].map(([date, createdItemIds]) => {
    const resolvedItemIds = resolved.get(date)!;
    return {
      date,
      created: createdItemIds.length,
      resolved: resolvedItemIds.length,
      createdItemIds: createdItemIds.sort(),
      resolvedItemIds: resolvedItemIds.sort(),
    };
  });
}
