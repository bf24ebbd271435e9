import { badInput } from '../../../lib/errors';
import type { AnalyticsPrisma } from '../db';
import {
  createdItems,
  finishedItems,
  itemsInProgressAt,
  populationSize,
  populationStateDeltas,
  projectStates,
  stateCountDeltas,
  type FactRow,
  type ProjectStateRow,
} from '../data/flow-reads';
import { isWholeProjects, populationKey, type FlowPopulation } from '../data/populations';
import { cumulativeFlowFromDeltas, orderWorkflowStates } from '../metrics/cumulative-flow';
import type { CumulativeFlowDay } from '../metrics/cumulative-flow';
import type { FlowCounts } from '../metrics/flow-counts';
import { flowCounts } from '../data/flow-stats';
import { groupCounts } from '../data/group-counts';
import type { FlowGrouping, GroupCount } from '../metrics/groups';
import type { Classifier, FlowClass } from '../metrics/types';
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
    const narrowedStateDeltas = async () => {
      if ((await populationSize(prisma, population)) > maxItemPopulation) {
        throw badInput('filter', `This population has more than ${maxItemPopulation} items: narrow the filter.`);
      }
      return populationStateDeltas(prisma, population, window.from, window.to, end);
    };
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
        const rows = isWholeProjects(population)
          ? await stateCountDeltas(prisma, population.projectIds, window.from, window.to)
          : await narrowedStateDeltas();
        const base = new Map(rows.filter((row) => row.day === null).map((row) => [row.stateId, row.count]));
        const deltas = rows.flatMap((row) =>
          row.day ? [{ day: row.day, stateId: row.stateId, delta: row.count }] : [],
        );
        return cumulativeFlowFromDeltas(deltas, base, window, ordered);
      }),
    };
    cache.set(key, data);
    return data;
  };
}
