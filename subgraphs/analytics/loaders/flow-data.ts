import { badInput } from '../../../lib/errors';
import type { AnalyticsPrisma } from '../db';
import {
  createdItems,
  finishedItems,
  itemsInProgressAt,
  populationSize,
  populationTimelines,
  projectStates,
  stateCountDeltas,
  type FactRow,
  type ProjectStateRow,
  type TimelineRow,
} from '../data/flow-reads';
import { isWholeProjects, populationKey, type FlowPopulation } from '../data/populations';
import { cumulativeFlowFromDeltas, cumulativeFlowFromTimelines, orderWorkflowStates } from '../metrics/cumulative-flow';
import type { CumulativeFlowDay } from '../metrics/cumulative-flow';
import type { FlowCounts } from '../metrics/flow-counts';
import { flowCounts } from '../data/flow-stats';
import { groupCounts } from '../data/group-counts';
import type { FlowGrouping, GroupCount } from '../metrics/groups';
import type { Classifier, FlowClass, ItemTimeline, StateEntry } from '../metrics/types';
import { endOf, startOf, type FlowWindow } from '../rules/flow-window';

/** A narrowed population is measured item by item: at most this many items. */
export const maxItemPopulation = 20_000;

/** What the metrics of one population and window read, each read at most once per request. */
export interface FlowData {
  population: FlowPopulation;
  window: FlowWindow;
  states(): Promise<ProjectStateRow[]>;
  classify(): Promise<Classifier>;
  finished(): Promise<FactRow[]>;
  created(): Promise<FactRow[]>;
  inProgress(): Promise<FactRow[]>;
  cumulativeFlow(): Promise<CumulativeFlowDay[]>;
  /** Whole projects only: the window's counts from the daily pre-aggregates. */
  counts(): Promise<FlowCounts>;
  /** Per group, the window's finished items by duration and its items in progress, counted in SQL. */
  groupCounts(by: FlowGrouping): Promise<GroupCount[]>;
}

const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let promise: Promise<T> | null = null;
  return () => (promise ??= load());
};

function timelinesOf(rows: readonly TimelineRow[], states: readonly ProjectStateRow[]): ItemTimeline[] {
  const categories = new Map(states.map((state) => [state.stateId, state.category]));
  const byItem = new Map<string, ItemTimeline & { entries: StateEntry[] }>();
  for (const row of rows) {
    let timeline = byItem.get(row.itemId);
    if (!timeline) {
      timeline = { id: row.itemId, archivedAt: row.archivedAt, deletedAt: row.deletedAt, entries: [] };
      byItem.set(row.itemId, timeline);
    }
    timeline.entries.push({ at: row.at, toStateId: row.stateId, toCategory: categories.get(row.stateId) ?? 'UNKNOWN' });
  }
  return [...byItem.values()];
}

/** Per request: the same population and window asked by several fields or widgets read once. */
export function createFlowDataCache(prisma: AnalyticsPrisma) {
  const cache = new Map<string, FlowData>();
  return (population: FlowPopulation, window: FlowWindow): FlowData => {
    const key = `${populationKey(population)}|${window.from}|${window.to}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const from = startOf(window);
    const end = endOf(window);
    const states = once(async () => orderWorkflowStates(await projectStates(prisma, population.projectIds)));
    const classify = once(async () => {
      const classes = new Map<string, FlowClass>((await states()).map((state) => [state.stateId, state.class]));
      return (stateId: string) => classes.get(stateId) ?? 'before';
    });
    const grouped = new Map<FlowGrouping, Promise<GroupCount[]>>();
    const data: FlowData = {
      population,
      window,
      states,
      classify,
      finished: once(() => finishedItems(prisma, population, from, end)),
      created: once(() => createdItems(prisma, population, from, end)),
      inProgress: once(() => itemsInProgressAt(prisma, population, end)),
      counts: once(async () => {
        if (!isWholeProjects(population)) throw new Error('Only whole projects have pre-aggregated counts.');
        return flowCounts(prisma, population.projectIds, window);
      }),
      groupCounts: (by) => {
        let counted = grouped.get(by);
        if (!counted) grouped.set(by, (counted = groupCounts(prisma, population, window, by)));
        return counted;
      },
      cumulativeFlow: once(async () => {
        const ordered = await states();
        if (isWholeProjects(population)) {
          const rows = await stateCountDeltas(prisma, population.projectIds, window.from, window.to);
          const base = new Map(rows.filter((row) => row.day === null).map((row) => [row.stateId, row.count]));
          const deltas = rows.flatMap((row) =>
            row.day ? [{ day: row.day, stateId: row.stateId, delta: row.count }] : [],
          );
          return cumulativeFlowFromDeltas(deltas, base, window, ordered);
        }
        if ((await populationSize(prisma, population)) > maxItemPopulation) {
          throw badInput('filter', `This population has more than ${maxItemPopulation} items: narrow the filter.`);
        }
        const rows = await populationTimelines(prisma, population, end);
        return cumulativeFlowFromTimelines(timelinesOf(rows, ordered), window, ordered);
      }),
    };
    cache.set(key, data);
    return data;
  };
}
