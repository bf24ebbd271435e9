import type { BuiltChart, ChartOptions } from './chart-spec';
import { cumulativeFlowChart, type CumulativeFlowChartData } from './cumulative-flow-chart';
import { durationChart, type DurationChartData } from './duration-chart';
import { agingWipChart, controlChart, type AgingWipChartData, type ControlChartData } from './item-charts';
import {
  createdVsResolvedChart,
  throughputChart,
  wipChart,
  type CreatedVsResolvedChartData,
  type ThroughputChartData,
  type WipChartData,
} from './time-series-charts';

export type { BuiltChart, ChartOptions, ChartTable, VegaLiteSpec } from './chart-spec';
export type {
  AgingWipChartData,
  ControlChartData,
  CreatedVsResolvedChartData,
  CumulativeFlowChartData,
  DurationChartData,
  ThroughputChartData,
  WipChartData,
};

/** The metrics a chart can draw: `FlowMetricKind` of the schema. */
export const flowMetricKinds = [
  'WIP',
  'THROUGHPUT',
  'WEEKLY_THROUGHPUT',
  'LEAD_TIME',
  'CYCLE_TIME',
  'AGING_WIP',
  'CUMULATIVE_FLOW',
  'CREATED_VS_RESOLVED',
  'CONTROL_CHART',
] as const;
export type FlowMetricKind = (typeof flowMetricKinds)[number];

/**
 * The plain data of one metric's chart, told apart by `kind`: dates are `YYYY-MM-DD` (UTC), states
 * are names in workflow order, items are keys like `WG-12`. No database types: the resolvers map
 * their results to these, and the charts never read the database.
 */
export type ChartData =
  | WipChartData
  | ThroughputChartData
  | DurationChartData
  | AgingWipChartData
  | CumulativeFlowChartData
  | CreatedVsResolvedChartData
  | ControlChartData;

/** The data of one kind's chart (the member of `ChartData` whose `kind` admits K). */
export type ChartDataOf<K extends FlowMetricKind> = ChartData extends infer D
  ? D extends ChartData
    ? K extends D['kind']
      ? D
      : never
    : never
  : never;

/**
 * A metric's chart: its title, a summary in words, its data as a table, and the Vega-Lite
 * specification to draw (see `renderChart`). Pure: the same data gives the same chart.
 */
export function buildChart<K extends FlowMetricKind>(kind: K, data: ChartDataOf<K>, options: ChartOptions): BuiltChart {
  if (data.kind !== kind) throw new Error(`buildChart: ${kind} chart given ${data.kind} data`);
  const chart = data as ChartData;
  switch (chart.kind) {
    case 'WIP':
      return wipChart(chart, options);
    case 'THROUGHPUT':
    case 'WEEKLY_THROUGHPUT':
      return throughputChart(chart, options);
    case 'LEAD_TIME':
    case 'CYCLE_TIME':
      return durationChart(chart, options);
    case 'AGING_WIP':
      return agingWipChart(chart, options);
    case 'CUMULATIVE_FLOW':
      return cumulativeFlowChart(chart, options);
    case 'CREATED_VS_RESOLVED':
      return createdVsResolvedChart(chart, options);
    case 'CONTROL_CHART':
      return controlChart(chart, options);
  }
}
