import type { BuiltChart, ChartOptions } from './chart-spec';
import { haloText, spreadEndLabels } from './chart-labels';
import { countOf, formatNumber, nextDay, peakOf, sum } from './chart-text';
import { chartSpec, dashes, dateAxis, emptyChartSpec, palette, shapes, textColor, utcDates } from './chart-theme';

export interface WipChartData {
  kind: 'WIP';
  /** Items in progress at the end of each day, in date order. */
  points: { date: string; count: number }[];
}

export interface ThroughputChartData {
  kind: 'THROUGHPUT' | 'WEEKLY_THROUGHPUT';
  /** Items finished per bucket (a day, or a week from Monday `start` to Sunday `end`), in order. */
  points: { start: string; end: string; count: number }[];
}

export interface CreatedVsResolvedChartData {
  kind: 'CREATED_VS_RESOLVED';
  /** Items created and finished each day, in date order. */
  points: { date: string; created: number; resolved: number }[];
}

/** A dashed horizontal rule at `value` with its label at the right end. */
function averageRule(value: number, label: string): Record<string, unknown>[] {
  return [
    {
      data: { values: [{ value, label }] },
      layer: [
        {
          mark: { type: 'rule', color: textColor, strokeDash: [6, 4] },
          encoding: { y: { field: 'value', type: 'quantitative' } },
        },
        ...haloText(
          { align: 'right', baseline: 'bottom', dy: -3, x: 'width' },
          { y: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
        ),
      ],
    },
  ];
}

export function wipChart(data: WipChartData, { title }: ChartOptions): BuiltChart {
  const table = { columns: ['Date', 'Items in progress'], rows: data.points.map((p) => [p.date, String(p.count)]) };
  const first = data.points[0];
  const last = data.points[data.points.length - 1];
  if (!first || !last) {
    const summary = 'Work in progress per day: there is no data for these days.';
    return { title, summary, table, spec: emptyChartSpec(title, summary) };
  }
  const average = sum(data.points.map((p) => p.count)) / data.points.length;
  const peak = peakOf(data.points, (p) => p.count)!;
  const summary =
    `Work in progress per day from ${first.date} to ${last.date}: ${countOf(last.count, 'item')} at the end, ` +
    `${formatNumber(average)} on average, at most ${peak.count} on ${peak.date}.`;
  const spec = chartSpec(title, summary, {
    layer: [
      {
        data: { values: data.points, format: utcDates('date') },
        mark: { type: 'area', line: { color: palette[0], strokeWidth: 2 }, color: palette[0], opacity: 0.25 },
        encoding: {
          x: dateAxis('date', 'Day'),
          y: { field: 'count', type: 'quantitative', title: 'Items in progress', axis: { tickMinStep: 1 } },
        },
      },
      ...averageRule(average, `Average: ${formatNumber(average)}`),
    ],
  });
  return { title, summary, table, spec };
}

export function throughputChart(data: ThroughputChartData, { title }: ChartOptions): BuiltChart {
  const weekly = data.kind === 'WEEKLY_THROUGHPUT';
  const unit = weekly ? 'week' : 'day';
  const table = weekly
    ? {
        columns: ['Week from', 'Week to', 'Items finished'],
        rows: data.points.map((p) => [p.start, p.end, String(p.count)]),
      }
    : { columns: ['Date', 'Items finished'], rows: data.points.map((p) => [p.start, String(p.count)]) };
  const first = data.points[0];
  const last = data.points[data.points.length - 1];
  if (!first || !last) {
    const summary = `Throughput per ${unit}: there is no data for these days.`;
    return { title, summary, table, spec: emptyChartSpec(title, summary) };
  }
  const total = sum(data.points.map((p) => p.count));
  const average = total / data.points.length;
  const peak = peakOf(data.points, (p) => p.count)!;
  const summary =
    `Throughput per ${unit} from ${first.start} to ${last.end}: ${countOf(total, 'item')}, ` +
    `${formatNumber(average)} per ${unit} on average` +
    (total === 0 ? '.' : `, most ${weekly ? 'in the week of' : 'on'} ${peak.start} (${peak.count}).`);
  const values = data.points.map((p) => ({ ...p, until: nextDay(p.end) }));
  const spec = chartSpec(title, summary, {
    layer: [
      {
        data: { values, format: utcDates('start', 'until') },
        mark: { type: 'bar', color: palette[0], stroke: '#ffffff', strokeWidth: 1 },
        encoding: {
          x: dateAxis('start', weekly ? 'Week' : 'Day'),
          x2: { field: 'until' },
          y: { field: 'count', type: 'quantitative', title: 'Items finished', axis: { tickMinStep: 1 } },
          y2: { datum: 0 },
        },
      },
      {
        // The peak's count above its bar, so the largest value is read rather than estimated.
        data: { values: [{ middle: (Date.parse(peak.start) + Date.parse(nextDay(peak.end))) / 2, count: peak.count }] },
        mark: { type: 'text', baseline: 'bottom', dy: -3 },
        encoding: {
          x: { field: 'middle', type: 'temporal' },
          y: { field: 'count', type: 'quantitative' },
          text: { field: 'count', type: 'quantitative' },
        },
      },
      ...averageRule(average, `Average: ${formatNumber(average)} per ${unit}`),
    ],
  });
  return { title, summary, table, spec };
}

export function createdVsResolvedChart(data: CreatedVsResolvedChartData, { title }: ChartOptions): BuiltChart {
  // Drawn as running totals, as is customary: the gap between the lines is the backlog's growth.
  let created = 0;
  let resolved = 0;
  const totals = data.points.map((p) => {
    created += p.created;
    resolved += p.resolved;
    return { ...p, createdTotal: created, resolvedTotal: resolved };
  });
  const table = {
    columns: ['Date', 'Created', 'Resolved', 'Created in all', 'Resolved in all'],
    rows: totals.map((p) => [p.date, p.created, p.resolved, p.createdTotal, p.resolvedTotal].map(String)),
  };
  const first = totals[0];
  const last = totals[totals.length - 1];
  if (!first || !last) {
    const summary = 'Items created and resolved per day: there is no data for these days.';
    return { title, summary, table, spec: emptyChartSpec(title, summary) };
  }
  const balance =
    created === resolved
      ? 'as many as were created'
      : created > resolved
        ? `${created - resolved} fewer than were created`
        : `${resolved - created} more than were created`;
  const summary =
    `Items created and resolved from ${first.date} to ${last.date}, as running totals: ` +
    `${countOf(created, 'item')} created and ${resolved} resolved, ${balance}.`;
  const series = ['Created', 'Resolved'];
  const values = totals.flatMap((p) => [
    { date: p.date, series: 'Created', count: p.createdTotal },
    { date: p.date, series: 'Resolved', count: p.resolvedTotal },
  ]);
  const domainMax = Math.max(1, created, resolved);
  const labels = spreadEndLabels(
    [
      { text: `Created: ${created}`, value: created },
      { text: `Resolved: ${resolved}`, value: resolved },
    ],
    domainMax,
  ).map((label) => ({ ...label, date: last.date }));
  const x = dateAxis('date', 'Day');
  const y = {
    field: 'count',
    type: 'quantitative',
    title: 'Items in all',
    scale: { domain: [0, domainMax], nice: false },
    axis: { tickMinStep: 1 },
  };
  const seriesEncoding = (channel: unknown[]) => ({
    field: 'series',
    type: 'nominal',
    scale: { domain: series, range: channel },
    legend: { title: null },
  });
  // Told apart three ways besides colour: dash pattern, point shape, and a label at each line's end.
  const spec = chartSpec(title, summary, {
    layer: [
      {
        data: { values, format: utcDates('date') },
        layer: [
          {
            mark: { type: 'line', strokeWidth: 2 },
            encoding: {
              x,
              y,
              color: seriesEncoding(palette.slice(0, 2)),
              strokeDash: seriesEncoding(dashes.slice(0, 2)),
            },
          },
          {
            mark: { type: 'point', filled: true, size: 30, opacity: 1 },
            encoding: { x, y, color: seriesEncoding(palette.slice(0, 2)), shape: seriesEncoding(shapes.slice(0, 2)) },
          },
        ],
      },
      {
        data: { values: labels, format: utcDates('date') },
        layer: haloText(
          { align: 'left', baseline: 'middle', dx: 8 },
          { x: { field: 'date', type: 'temporal' }, y: { ...y, field: 'at' }, text: { field: 'text' } },
        ),
      },
    ],
  });
  return { title, summary, table, spec };
}
