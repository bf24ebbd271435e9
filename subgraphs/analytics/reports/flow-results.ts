import { isWholeProjects } from '../data/populations';
import type { FlowData } from '../loaders/flow-data';
import type { DrillDown, TimeDistributionMapper } from '../mappers';
import { agingWip } from '../metrics/aging';
import { controlChart } from '../metrics/control-chart';
import { createdVsResolved } from '../metrics/created-resolved';
import type { ItemTimeDistribution, TimeDistribution } from '../metrics/distribution';
import { createdResolvedFromCounts, throughputFromCounts, timesFromCounts } from '../metrics/flow-counts';
import { groupFlowMetrics, groupsFromCounts, type FlowGrouping } from '../metrics/groups';
import { leadCycleTimes } from '../metrics/lead-cycle-times';
import { throughputByDay, throughputByWeek } from '../metrics/throughput';
import type { Day, Window } from '../metrics/types';
import { wipFromCumulativeFlow } from '../metrics/wip';

// Each metric of a population and window, from what FlowData read once: the resolvers, the CSV
// export and the charts all shape these, so a chart never shows other figures than the API. Whole
// projects count from the daily pre-aggregates and drill down by day; a narrowed population's
// throughput, durations and created vs resolved are measured item by item and know the ids behind
// each point (metrics/flow-counts.test.ts shows both give the same figures). WIP and cumulative
// flow are daily counts for every population and find their items by state and day.

const clip = (start: Day, end: Day, window: Window): Window => ({
  from: start > window.from ? start : window.from,
  to: end < window.to ? end : window.to,
});

export async function wipOf(data: FlowData) {
  const [days, classify, states] = await Promise.all([data.cumulativeFlow(), data.classify(), data.states()]);
  const started = states.filter((state) => state.class === 'started').map((state) => state.stateId);
  return wipFromCumulativeFlow(days, classify).map((point) => ({
    date: point.date,
    count: point.count,
    drill: { population: data.population, stateIds: started, day: point.date, count: point.count } satisfies DrillDown,
  }));
}

export async function throughputOf(data: FlowData, interval: 'DAY' | 'WEEK') {
  if (isWholeProjects(data.population)) {
    return throughputFromCounts(await data.counts(), data.window, interval).map((point) => ({
      ...point,
      drill: {
        population: data.population,
        on: 'finished',
        between: clip(point.start, point.end, data.window),
        count: point.count,
      } satisfies DrillDown,
    }));
  }
  const finished = await data.finished();
  const points = interval === 'WEEK' ? throughputByWeek(finished, data.window) : throughputByDay(finished, data.window);
  return points.map((point) => ({
    start: point.start,
    end: point.end,
    count: point.count,
    drill: { ids: point.itemIds } satisfies DrillDown,
  }));
}

/** A distribution whose buckets know their items. */
export const withItemDrills = ({ histogram, ...statistics }: ItemTimeDistribution): TimeDistributionMapper => ({
  ...statistics,
  histogram: histogram.map(({ days, count, itemIds }) => ({ days, count, drill: { ids: itemIds } })),
});

/** A distribution counted without the items: each bucket drills down to the items finished in the window with its duration. */
const withDatedDrills = (
  data: FlowData,
  measure: 'LEAD' | 'CYCLE',
  { histogram, ...statistics }: TimeDistribution,
  group?: { by: FlowGrouping; key: string },
): TimeDistributionMapper => ({
  ...statistics,
  histogram: histogram.map(({ days, count }) => ({
    days,
    count,
    drill: {
      population: data.population,
      on: 'finished',
      between: data.window,
      duration: { measure, days },
      ...(group ? { group } : {}),
      count,
    } satisfies DrillDown,
  })),
});

export async function timesOf(
  data: FlowData,
): Promise<{ leadTime: TimeDistributionMapper; cycleTime: TimeDistributionMapper }> {
  if (isWholeProjects(data.population)) {
    const times = timesFromCounts(await data.counts());
    return {
      leadTime: withDatedDrills(data, 'LEAD', times.leadTime),
      cycleTime: withDatedDrills(data, 'CYCLE', times.cycleTime),
    };
  }
  const times = leadCycleTimes(await data.finished(), data.window);
  return { leadTime: withItemDrills(times.leadTime), cycleTime: withItemDrills(times.cycleTime) };
}

export async function agingOf(data: FlowData) {
  const [inProgress, times] = await Promise.all([data.inProgress(), timesOf(data)]);
  return agingWip(inProgress, data.window, times.cycleTime.p85);
}

export async function cumulativeFlowOf(data: FlowData) {
  const days = await data.cumulativeFlow();
  return days.map((day) => ({
    date: day.date,
    states: day.states.map((state) => ({
      stateId: state.stateId,
      category: state.category,
      count: state.count,
      drill: {
        population: data.population,
        stateIds: [state.stateId],
        day: day.date,
        count: state.count,
      } satisfies DrillDown,
    })),
  }));
}

export async function createdResolvedOf(data: FlowData) {
  if (isWholeProjects(data.population)) {
    const dated = (on: 'created' | 'finished', date: Day, count: number) =>
      ({ population: data.population, on, between: { from: date, to: date }, count }) satisfies DrillDown;
    return createdResolvedFromCounts(await data.counts(), data.window).map((point) => ({
      ...point,
      createdDrill: dated('created', point.date, point.created),
      resolvedDrill: dated('finished', point.date, point.resolved),
    }));
  }
  const [created, finished] = await Promise.all([data.created(), data.finished()]);
  const byId = new Map([...created, ...finished].map((item) => [item.id, item]));
  return createdVsResolved([...byId.values()], data.window).map((point) => ({
    date: point.date,
    created: point.created,
    resolved: point.resolved,
    createdDrill: { ids: point.createdItemIds } satisfies DrillDown,
    resolvedDrill: { ids: point.resolvedItemIds } satisfies DrillDown,
  }));
}

export async function controlChartOf(data: FlowData, rollingWindow: number) {
  return controlChart(await data.finished(), data.window, rollingWindow);
}

/** `FlowMetrics.groups`; `teamIdsByProject` is read only when grouping a narrowed population by team. */
export async function groupsOf(
  data: FlowData,
  by: FlowGrouping,
  teamIdsByProject: () => Promise<ReadonlyMap<string, readonly string[]>>,
) {
  if (isWholeProjects(data.population)) {
    return groupsFromCounts(await data.groupCounts(by)).map((group) => ({
      ...group,
      by,
      cycleTime: withDatedDrills(data, 'CYCLE', group.cycleTime, { by, key: group.key }),
      leadTime: withDatedDrills(data, 'LEAD', group.leadTime, { by, key: group.key }),
    }));
  }
  const [finished, inProgress, teams] = await Promise.all([
    data.finished(),
    data.inProgress(),
    by === 'TEAM' ? teamIdsByProject() : new Map<string, readonly string[]>(),
  ]);
  const items = [...new Map([...finished, ...inProgress].map((item) => [item.id, item])).values()];
  return groupFlowMetrics(items, data.window, by, { teamIdsByProject: teams }).map((group) => ({
    ...group,
    by,
    cycleTime: withItemDrills(group.cycleTime),
    leadTime: withItemDrills(group.leadTime),
  }));
}
