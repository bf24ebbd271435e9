import type { BuiltChart, ChartOptions } from './chart-spec';
import { haloText, spreadEndLabels } from './chart-labels';
import { countOf, formatNumber, peakOf, percentile } from './chart-text';
import { chartSpec, dashes, dateAxis, emptyChartSpec, palette, shapes, textColor, utcDates } from './chart-theme';

export interface AgingWipChartData {
  kind: 'AGING_WIP';
  /** The 85th percentile cycle time in days; null without finished items. */
  thresholdDays: number | null;
  /** The columns: the in-progress states in workflow order (states of items not listed follow). */
  states: string[];
  /** The items in progress: key (`WG-12`), state name, age in days, older than the threshold. */
  items: { key: string; state: string; ageDays: number; aging: boolean }[];
}

export interface ControlChartData {
  kind: 'CONTROL_CHART';
  /** How many points the rolling average spans. */
  rollingWindow: number;
  /** Each finished item in order of finishing: key, the day it finished, its cycle time, the average. */
  points: { key: string; finishedOn: string; cycleTimeDays: number; rollingAverageDays: number }[];
}

const days = (n: number) => countOf(n, 'day');

export function agingWipChart(data: AgingWipChartData, { title }: ChartOptions): BuiltChart {
  const table = {
    columns: ['Item', 'State', 'Age (days)', 'Older than the 85th percentile'],
    rows: data.items.map((i) => [i.key, i.state, String(i.ageDays), i.aging ? 'yes' : 'no']),
  };
  if (data.items.length === 0) {
    const summary = 'Items in progress by age: no item is in progress, so there is no data.';
    return { title, summary, table, spec: emptyChartSpec(title, summary) };
  }
  const states = [...new Set([...data.states, ...data.items.map((i) => i.state)])];
  const aging = data.items.filter((i) => i.aging);
  const oldest = peakOf(data.items, (i) => i.ageDays)!;
  const summary =
    `${countOf(data.items.length, 'item')} in progress` +
    (data.thresholdDays === null
      ? ', with no finished item yet to set an 85th percentile'
      : `, ${aging.length} older than the 85th percentile cycle time of ${days(data.thresholdDays)}`) +
    `; the oldest is ${oldest.key}, ${days(oldest.ageDays)} in ${oldest.state}.`;
  const groups = ['Within the 85th percentile', 'Older than the 85th percentile'];
  const values = data.items.map((i) => ({ ...i, group: groups[i.aging ? 1 : 0] }));
  const domainMax = Math.max(1, data.thresholdDays ?? 0, ...data.items.map((i) => i.ageDays));
  const x = {
    field: 'state',
    type: 'nominal',
    title: 'State',
    scale: { domain: states, type: 'band' },
    axis: { labelAngle: 0 },
  };
  const xOffset = { field: 'key', type: 'nominal', scale: { padding: 0.2 } };
  const y = { field: 'ageDays', type: 'quantitative', title: 'Age (days)', scale: { domain: [0, domainMax] } };
  const spec = chartSpec(title, summary, {
    layer: [
      {
        data: { values },
        layer: [
          {
            // Items past the threshold are triangles in a second colour, and carry their key.
            mark: { type: 'point', filled: true, size: 80, opacity: 1, stroke: '#ffffff', strokeWidth: 0.5 },
            encoding: {
              x,
              xOffset,
              y,
              color: {
                field: 'group',
                type: 'nominal',
                scale: { domain: groups, range: palette.slice(0, 2) },
                legend: { title: null },
              },
              shape: {
                field: 'group',
                type: 'nominal',
                scale: { domain: groups, range: [shapes[0], shapes[2]] },
                legend: { title: null },
              },
            },
          },
          {
            transform: [{ filter: 'datum.aging' }],
            layer: haloText({ align: 'left', baseline: 'middle', dx: 7 }, { x, xOffset, y, text: { field: 'key' } }),
          },
        ],
      },
      ...(data.thresholdDays === null
        ? []
        : [
            {
              data: { values: [{ value: data.thresholdDays, label: `85th percentile: ${days(data.thresholdDays)}` }] },
              layer: [
                {
                  mark: { type: 'rule', color: textColor, strokeWidth: 1.5, strokeDash: dashes[1] },
                  encoding: { y: { field: 'value', type: 'quantitative' } },
                },
                ...haloText(
                  { align: 'right', baseline: 'bottom', dy: -3, x: 'width' },
                  { y: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
                ),
              ],
            },
          ]),
    ],
  });
  return { title, summary, table, spec };
}

export function controlChart(data: ControlChartData, { title }: ChartOptions): BuiltChart {
  const table = {
    columns: ['Item', 'Finished', 'Cycle time (days)', 'Rolling average (days)'],
    rows: data.points.map((p) => [p.key, p.finishedOn, String(p.cycleTimeDays), formatNumber(p.rollingAverageDays)]),
  };
  const first = data.points[0];
  const last = data.points[data.points.length - 1];
  if (!first || !last) {
    const summary = 'Cycle time of each finished item: no item finished in these days, so there is no data.';
    return { title, summary, table, spec: emptyChartSpec(title, summary) };
  }
  const longest = peakOf(data.points, (p) => p.cycleTimeDays)!;
  const median = percentile(
    data.points.map((p) => p.cycleTimeDays).sort((a, b) => a - b),
    50,
  )!;
  const averageLabel = `Rolling average of ${countOf(data.rollingWindow, 'item')}: ${formatNumber(last.rollingAverageDays)} days`;
  const summary =
    `Cycle time of ${countOf(data.points.length, 'item')} finished from ${first.finishedOn} to ${last.finishedOn}: ` +
    `median ${days(median)}, the longest ${longest.key} at ${days(longest.cycleTimeDays)}; ` +
    `the rolling average of ${countOf(data.rollingWindow, 'item')} ends at ${formatNumber(last.rollingAverageDays)} days.`;
  const domainMax = Math.max(1, ...data.points.map((p) => Math.max(p.cycleTimeDays, p.rollingAverageDays)));
  const [endLabel] = spreadEndLabels([{ text: averageLabel, value: last.rollingAverageDays }], domainMax);
  const x = dateAxis('finishedOn', 'Finished');
  const y = { type: 'quantitative', title: 'Cycle time (days)', scale: { domain: [0, domainMax], nice: false } };
  const spec = chartSpec(title, summary, {
    layer: [
      {
        data: { values: data.points, format: utcDates('finishedOn') },
        layer: [
          {
            mark: { type: 'point', filled: true, size: 40, opacity: 1, color: palette[0], shape: shapes[0] },
            encoding: { x, y: { ...y, field: 'cycleTimeDays' } },
          },
          {
            mark: { type: 'line', color: palette[1], strokeWidth: 2, strokeDash: dashes[1] },
            encoding: { x, y: { ...y, field: 'rollingAverageDays' } },
          },
          {
            // The longest item is named, so the outlier can be found in the table and the tracker.
            transform: [{ filter: { field: 'key', equal: longest.key } }],
            layer: haloText(
              { align: 'left', baseline: 'middle', dx: 7 },
              { x, y: { ...y, field: 'cycleTimeDays' }, text: { field: 'key' } },
            ),
          },
        ],
      },
      {
        data: { values: [{ ...endLabel, date: last.finishedOn }], format: utcDates('date') },
        layer: haloText(
          { align: 'left', baseline: 'middle', dx: 8 },
          { x: { field: 'date', type: 'temporal' }, y: { ...y, field: 'at' }, text: { field: 'text' } },
        ),
      },
    ],
  });
  return { title, summary, table, spec };
}
