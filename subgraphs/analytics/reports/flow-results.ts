import type { FlowData } from '../loaders/flow-data';
import type { DrillDown } from '../mappers';
import { agingWip } from '../metrics/aging';
import { controlChart } from '../metrics/control-chart';
import { createdVsResolved } from '../metrics/created-resolved';
import { leadCycleTimes } from '../metrics/lead-cycle-times';
import { throughputByDay, throughputByWeek } from '../metrics/throughput';
import { wipFromCumulativeFlow } from '../metrics/wip';

// Each metric of a population and window, from what FlowData read once: the resolvers, the CSV
// export and the charts all shape these, so a chart never shows other figures than the API.

export async function wipOf(data: FlowData) {
  const [days, classify, states] = await Promise.all([data.cumulativeFlow(), data.classify(), data.states()]);
  const started = states.filter((state) => state.class === 'started').map((state) => state.stateId);
  return wipFromCumulativeFlow(days, classify).map((point) => ({
    date: point.date,
    count: point.count,
    drill: (point.itemIds
      ? { ids: point.itemIds }
      : { population: data.population, stateIds: started, day: point.date }) satisfies DrillDown,
  }));
}

export async function throughputOf(data: FlowData, interval: 'DAY' | 'WEEK') {
  const finished = await data.finished();
  const points = interval === 'WEEK' ? throughputByWeek(finished, data.window) : throughputByDay(finished, data.window);
  return points.map((point) => ({
    start: point.start,
    end: point.end,
    count: point.count,
    drill: { ids: point.itemIds },
  }));
}

export async function timesOf(data: FlowData) {
  return leadCycleTimes(await data.finished(), data.window);
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
      drill: (state.itemIds
        ? { ids: state.itemIds }
        : { population: data.population, stateIds: [state.stateId], day: day.date }) satisfies DrillDown,
    })),
  }));
}

export async function createdResolvedOf(data: FlowData) {
  const [created, finished] = await Promise.all([data.created(), data.finished()]);
  const byId = new Map([...created, ...finished].map((item) => [item.id, item]));
  return createdVsResolved([...byId.values()], data.window);
}

export async function controlChartOf(data: FlowData, rollingWindow: number) {
  return controlChart(await data.finished(), data.window, rollingWindow);
}
