import type { BuiltChart, ChartOptions } from './chart-spec';
import { haloText } from './chart-labels';
import { countOf, formatNumber } from './chart-text';
import { chartSpec, dashes, emptyChartSpec, palette, textColor } from './chart-theme';

/** A distribution of durations in whole days, as `TimeDistribution` of the schema. */
export interface DurationChartData {
  kind: 'LEAD_TIME' | 'CYCLE_TIME';
  count: number;
  mean: number | null;
  p50: number | null;
  p85: number | null;
  p95: number | null;
  min: number | null;
  max: number | null;
  /** How many items took each number of days, shortest first. */
  histogram: { days: number; count: number }[];
}

const days = (n: number) => countOf(n, 'day');

export function durationChart(data: DurationChartData, { title }: ChartOptions): BuiltChart {
  const measure = data.kind === 'LEAD_TIME' ? 'Lead time' : 'Cycle time';
  const table = { columns: ['Days', 'Items'], rows: data.histogram.map((b) => [String(b.days), String(b.count)]) };
  if (data.count === 0 || data.histogram.length === 0) {
    const summary = `${measure}: no item finished in these days, so there is no data.`;
    return { title, summary, table, spec: emptyChartSpec(title, summary) };
  }
  const percentiles = [
    { name: '50th percentile', share: 'half', value: data.p50 },
    { name: '85th percentile', share: '85%', value: data.p85 },
    { name: '95th percentile', share: '95%', value: data.p95 },
  ].flatMap(({ name, share, value }, index) =>
    value === null ? [] : [{ value, share, label: `${name}: ${days(value)}`, dash: dashes[index + 1]!, row: index }],
  );
  const summary =
    `${measure} of ${countOf(data.count, 'finished item')}: ` +
    `${percentiles.map((p) => `${p.share} within ${days(p.value)}`).join(', ')}` +
    (data.min !== null && data.max !== null ? `; from ${days(data.min)} to ${days(data.max)}` : '') +
    (data.mean !== null ? `, ${formatNumber(data.mean)} on average.` : '.');
  const bars = data.histogram.map((b) => ({ ...b, from: b.days - 0.5, to: b.days + 0.5 }));
  const spec = chartSpec(title, summary, {
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar', color: palette[0], stroke: '#ffffff', strokeWidth: 1 },
        encoding: {
          x: {
            field: 'from',
            type: 'quantitative',
            bin: 'binned',
            title: `${measure} (days)`,
            axis: { tickMinStep: 1, format: 'd' },
          },
          x2: { field: 'to' },
          y: { field: 'count', type: 'quantitative', title: 'Items', axis: { tickMinStep: 1 } },
        },
      },
      // Each percentile is a rule with its own dash pattern and its name and value written beside it.
      ...percentiles.map((p) => ({
        data: { values: [p] },
        layer: [
          {
            mark: { type: 'rule', color: textColor, strokeWidth: 1.5, strokeDash: p.dash },
            encoding: { x: { field: 'value', type: 'quantitative' } },
          },
          ...haloText(
            { align: 'left', baseline: 'top', dx: 4, y: 2 + 14 * p.row },
            { x: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
          ),
        ],
      })),
    ],
  });
  return { title, summary, table, spec };
}
