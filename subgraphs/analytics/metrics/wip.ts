import type { CumulativeFlowDay } from './cumulative-flow';
import type { Classifier, Day, ItemIds } from './types';

export interface WipPoint {
  date: Day;
  count: number;
  /** The items in progress, when the flow counts carry them (computed from timelines). */
  itemIds?: ItemIds;
}

/** Work in progress at the end of each day: the items in the states the classifier calls started. */
export function wipFromCumulativeFlow(days: readonly CumulativeFlowDay[], classify: Classifier): WipPoint[] {
  return days.map(({ date, states }) => {
    const started = states.filter((state) => classify(state.stateId, state.category) === 'started');
    const count = started.reduce((sum, state) => sum + state.count, 0);
    if (!started.every((state) => state.itemIds)) return { date, count };
    return { date, count, itemIds: started.flatMap((state) => state.itemIds!).sort() };
  });
}
