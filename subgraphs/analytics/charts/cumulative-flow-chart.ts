import type { BuiltChart, ChartOptions } from './chart-spec';
import { haloText, spreadEndLabels } from './chart-labels';
import { countOf } from './chart-text';
import { chartSpec, dateAxis, emptyChartSpec, palette, utcDates } from './chart-theme';

export interface CumulativeFlowChartData {
  kind: 'CUMULATIVE_FLOW';
  /** Each day, in date order, with how many items were in each state, states in workflow order. */
  days: { date: string; states: { state: string; count: number }[] }[];
}

/** The states in workflow order: as the days list them, any state missing from the first day after. */
function workflowOrder(days: CumulativeFlowChartData['days']): string[] {
  return [...new Set(days.flatMap((day) => day.states.map((s) => s.state)))];
}

export function cumulativeFlowChart(data: CumulativeFlowChartData, { title }: ChartOptions): BuiltChart {
  const states = workflowOrder(data.days);
  const countIn = (day: CumulativeFlowChartData['days'][number], state: string) =>
    day.states.find((s) => s.state === state)?.count ?? 0;
  const table = {
    columns: ['Date', ...states],
    rows: data.days.map((day) => [day.date, ...states.map((state) => String(countIn(day, state)))]),
  };
  const first = data.days[0];
  const last = data.days[data.days.length - 1];
  if (!first || !last || states.length === 0) {
    const summary = 'Items per workflow state per day: there is no data for these days.';
    return { title, summary, table, spec: emptyChartSpec(title, summary) };
  }
  const summary =
    `Items per workflow state per day from ${first.date} to ${last.date}, ${countOf(states.length, 'state')} ` +
    `stacked with the last state at the bottom; on ${last.date}: ` +
    `${states.map((state) => `${state} ${countIn(last, state)}`).join(', ')}.`;

  // Stacked here rather than by Vega-Lite, so the direct labels can sit in the middle of each band.
  // The first state of the workflow is on top and the last (done) at the bottom, as is customary.
  const bottomUp = [...states].reverse();
  const bands = data.days.flatMap((day) => {
    let base = 0;
    return bottomUp.map((state) => {
      const count = countIn(day, state);
      const band = { date: day.date, state, count, low: base, high: base + count };
      base += count;
      return band;
    });
  });
  const domainMax = Math.max(1, ...bands.map((band) => band.high));
  const lastBands = bands.filter((band) => band.date === last.date);
  const labels = spreadEndLabels(
    states.map((state) => {
      const band = lastBands.find((b) => b.state === state)!;
      return { text: `${state} (${band.count})`, value: (band.low + band.high) / 2 };
    }),
    domainMax,
  ).map((label) => ({ ...label, date: last.date }));
  const y = { type: 'quantitative', title: 'Items', scale: { domain: [0, domainMax], nice: false } };
  const spec = chartSpec(title, summary, {
    layer: [
      {
        data: { values: bands, format: utcDates('date') },
        mark: { type: 'area', stroke: '#ffffff', strokeWidth: 1, opacity: 0.9, interpolate: 'linear' },
        encoding: {
          x: dateAxis('date', 'Day'),
          y: { ...y, field: 'high' },
          y2: { field: 'low' },
          color: {
            field: 'state',
            type: 'nominal',
            scale: { domain: states, range: states.map((_, i) => palette[i % palette.length]) },
            legend: null,
          },
          detail: { field: 'state', type: 'nominal' },
          order: { field: 'state', type: 'nominal' },
        },
      },
      {
        // Each band is named at its right end: the states are told apart by name, not only by colour.
        data: { values: labels, format: utcDates('date') },
        layer: haloText(
          { align: 'left', baseline: 'middle', dx: 6 },
          { x: { field: 'date', type: 'temporal' }, y: { ...y, field: 'at' }, text: { field: 'text' } },
        ),
      },
    ],
  });
  return { title, summary, table, spec };
}
