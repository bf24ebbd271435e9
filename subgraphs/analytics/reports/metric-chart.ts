import type { BuiltChart, ChartData, FlowMetricKind } from '../charts/chart-data';
import { buildChart } from '../charts/chart-data';
import type { FlowData } from '../loaders/flow-data';
import {
  agingOf,
  controlChartOf,
  createdResolvedOf,
  cumulativeFlowOf,
  throughputOf,
  timesOf,
  wipOf,
} from './flow-results';

/** The control chart's rolling average in charts and CSV: the API's default. */
export const chartRollingWindow = 10;

const titles: Record<FlowMetricKind, string> = {
  WIP: 'Work in progress',
  THROUGHPUT: 'Throughput per day',
  WEEKLY_THROUGHPUT: 'Throughput per week',
  LEAD_TIME: 'Lead time',
  CYCLE_TIME: 'Cycle time',
  AGING_WIP: 'Aging work in progress',
  CUMULATIVE_FLOW: 'Cumulative flow',
  CREATED_VS_RESOLVED: 'Created vs resolved',
  CONTROL_CHART: 'Control chart',
};

export const defaultChartTitle = (kind: FlowMetricKind, window: { from: string; to: string }) =>
  `${titles[kind]}, ${window.from} to ${window.to}`;

async function chartData(kind: FlowMetricKind, data: FlowData): Promise<ChartData> {
  switch (kind) {
    case 'WIP':
      return { kind, points: (await wipOf(data)).map(({ date, count }) => ({ date, count })) };
    case 'THROUGHPUT':
    case 'WEEKLY_THROUGHPUT': {
      const points = await throughputOf(data, kind === 'WEEKLY_THROUGHPUT' ? 'WEEK' : 'DAY');
      return { kind, points: points.map(({ start, end, count }) => ({ start, end, count })) };
    }
    case 'LEAD_TIME':
    case 'CYCLE_TIME': {
      const times = await timesOf(data);
      const { histogram, standardDeviation: _sd, ...stats } = kind === 'LEAD_TIME' ? times.leadTime : times.cycleTime;
      return { kind, ...stats, histogram: histogram.map(({ days, count }) => ({ days, count })) };
    }
    case 'AGING_WIP': {
      const [aging, facts, states] = await Promise.all([agingOf(data), data.inProgress(), data.states()]);
      const keys = new Map(facts.map((fact) => [fact.id, fact.key]));
      const names = new Map(states.map((state) => [state.stateId, state.name]));
      return {
        kind,
        thresholdDays: aging.thresholdDays,
        states: states.filter((state) => state.class === 'started').map((state) => state.name),
        items: aging.items.map((item) => ({
          key: keys.get(item.id) ?? item.id,
          state: names.get(item.stateId) ?? 'Unknown',
          ageDays: item.ageDays,
          aging: item.aging,
        })),
      };
    }
    case 'CUMULATIVE_FLOW': {
      const [days, states] = await Promise.all([cumulativeFlowOf(data), data.states()]);
      const names = new Map(states.map((state) => [state.stateId, state.name]));
      return {
        kind,
        days: days.map((day) => ({
          date: day.date,
          states: day.states.map((state) => ({ state: names.get(state.stateId) ?? 'Unknown', count: state.count })),
        })),
      };
    }
    case 'CREATED_VS_RESOLVED':
      return {
        kind,
        points: (await createdResolvedOf(data)).map(({ date, created, resolved }) => ({ date, created, resolved })),
      };
    case 'CONTROL_CHART': {
      const [points, finished] = await Promise.all([controlChartOf(data, chartRollingWindow), data.finished()]);
      const keys = new Map(finished.map((fact) => [fact.id, fact.key]));
      return {
        kind,
        rollingWindow: chartRollingWindow,
        points: points.map((point) => ({
          key: keys.get(point.id) ?? point.id,
          finishedOn: point.finishedAt.toISOString().slice(0, 10),
          cycleTimeDays: point.cycleTimeDays,
          rollingAverageDays: point.rollingAverageDays,
        })),
      };
    }
  }
}

/** One metric of a population and window as a chart: title, summary, table and Vega-Lite spec. */
export async function metricChart(kind: FlowMetricKind, data: FlowData, title?: string): Promise<BuiltChart> {
  return buildChart(kind, (await chartData(kind, data)) as never, {
    title: title ?? defaultChartTitle(kind, data.window),
  });
}
