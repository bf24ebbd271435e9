import { dayNumber, dayOf, eachDay } from './days';
import { compareIds } from './order';
import type { Day, ItemIds, ItemTimeline, StateCategory, Window, WorkflowStateRef } from './types';

export interface CumulativeFlowCount {
  stateId: string;
  category: StateCategory;
  count: number;
  /** The items behind the count, when it was computed from timelines. */
  itemIds?: ItemIds;
}

export interface CumulativeFlowDay {
  date: Day;
  states: CumulativeFlowCount[];
}

/** A row of `analytics.state_day_delta` (`day` as the row's Date or as `YYYY-MM-DD`). */
export interface StateDayDelta {
  day: Day | Date;
  stateId: string;
  delta: number;
}

const categoryOrder = ['BACKLOG', 'TODO', 'IN_PROGRESS', 'DONE', 'CANCELED'];

/** Workflow order: by category (unknown categories last), then first seen, then id. */
export function orderWorkflowStates<T extends WorkflowStateRef & { firstSeen: Date }>(states: readonly T[]): T[] {
  const rank = (category: string) => {
    const i = categoryOrder.indexOf(category);
    return i < 0 ? categoryOrder.length : i;
  };
  return [...states].sort(
    (a, b) =>
      rank(a.category) - rank(b.category) ||
      a.firstSeen.getTime() - b.firstSeen.getTime() ||
      compareIds(a.stateId, b.stateId),
  );
}

/** The listed states in their order, then any state met only in the data, in order of meeting. */
function stateIndex(states: readonly WorkflowStateRef[]) {
  const all = states.map((state) => ({ ...state }));
  const index = new Map(all.map((state, i) => [state.stateId, i]));
  return {
    all,
    indexOf(stateId: string, category: StateCategory): number {
      let i = index.get(stateId);
      if (i === undefined) {
        i = all.push({ stateId, category }) - 1;
        index.set(stateId, i);
      }
      return i;
    },
  };
}

/**
 * Each item's state at the end of each day of the window. An item counts from the day it was
 * created (its first entry) and stops counting on the day it was archived or deleted.
 */
export function cumulativeFlowFromTimelines(
  timelines: readonly ItemTimeline[],
  window: Window,
  states: readonly WorkflowStateRef[],
): CumulativeFlowDay[] {
  const days = eachDay(window);
  const first = dayNumber(window.from);
  const last = dayNumber(window.to);
  const { all, indexOf } = stateIndex(states);
  const ids: ItemIds[][] = days.map(() => []);
  for (const timeline of timelines) {
    const gone = Math.min(
      timeline.archivedAt ? dayNumber(timeline.archivedAt) : Infinity,
      timeline.deletedAt ? dayNumber(timeline.deletedAt) : Infinity,
    );
    const entries = timeline.entries;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const next = entries[i + 1];
      // An entry holds from its day until the day before the next entry's: the last one of a day wins.
      const from = Math.max(first, dayNumber(entry.at));
      const until = Math.min(last, gone - 1, next ? dayNumber(next.at) - 1 : Infinity);
      if (from > until) continue;
      const state = indexOf(entry.toStateId, entry.toCategory);
      for (let day = from; day <= until; day++) (ids[day - first]![state] ??= []).push(timeline.id);
    }
  }
  return days.map((date, d) => ({
    date,
    states: all.map((state, s) => {
      const itemIds = (ids[d]![s] ?? []).sort();
      return { stateId: state.stateId, category: state.category, count: itemIds.length, itemIds };
    }),
  }));
}

/**
 * Daily counts from the per-day deltas of the window's days and each state's count at the end of
 * the day before the window (`baseCounts`); deltas outside the window are ignored, the base holds
 * what came before. A state met only in the deltas gets the category UNKNOWN.
 */
export function cumulativeFlowFromDeltas(
  deltas: readonly StateDayDelta[],
  baseCounts: ReadonlyMap<string, number>,
  window: Window,
  states: readonly WorkflowStateRef[],
): CumulativeFlowDay[] {
  const days = eachDay(window);
  const first = dayNumber(window.from);
  const { all, indexOf } = stateIndex(states);
  for (const stateId of baseCounts.keys()) indexOf(stateId, 'UNKNOWN');
  const changes: number[][] = days.map(() => []);
  for (const row of deltas) {
    const d = dayNumber(row.day instanceof Date ? dayOf(row.day) : row.day) - first;
    if (d < 0 || d >= days.length) continue;
    const s = indexOf(row.stateId, 'UNKNOWN');
    changes[d]![s] = (changes[d]![s] ?? 0) + row.delta;
  }
  const running = all.map((state) => baseCounts.get(state.stateId) ?? 0);
  return days.map((date, d) => ({
    date,
    states: all.map((state, s) => {
      running[s] = (running[s] ?? 0) + (changes[d]![s] ?? 0);
      return { stateId: state.stateId, category: state.category, count: running[s]! };
    }),
  }));
}
