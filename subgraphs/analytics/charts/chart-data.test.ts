import { buildChart, flowMetricKinds, type ChartData } from './chart-data';
import { spreadEndLabels } from './chart-labels';
import { background, palette } from './chart-theme';
import { sampleChartData } from './sample-charts';

const weeks = (counts: number[]) =>
  counts.map((count, i) => {
    const start = new Date(Date.UTC(2026, 8, 7 + 7 * i));
    const end = new Date(Date.UTC(2026, 8, 13 + 7 * i));
    return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10), count };
  });

describe('buildChart', () => {
  it('sums up weekly throughput in a sentence: total, average and the busiest week', () => {
    const data: ChartData = { kind: 'WEEKLY_THROUGHPUT', points: weeks([3, 9, 4, 0]) };
    const chart = buildChart('WEEKLY_THROUGHPUT', data, { title: 'Throughput' });
    expect(chart.summary).toBe(
      'Throughput per week from 2026-09-07 to 2026-10-04: 16 items, 4 per week on average, most in the week of 2026-09-14 (9).',
    );
    expect(chart.table).toEqual({
      columns: ['Week from', 'Week to', 'Items finished'],
      rows: [
        ['2026-09-07', '2026-09-13', '3'],
        ['2026-09-14', '2026-09-20', '9'],
        ['2026-09-21', '2026-09-27', '4'],
        ['2026-09-28', '2026-10-04', '0'],
      ],
    });
  });

  it('names the percentiles of a cycle time distribution in its summary', () => {
    const chart = buildChart(
      'CYCLE_TIME',
      {
        kind: 'CYCLE_TIME',
        count: 4,
        mean: 4.25,
        p50: 3,
        p85: 7,
        p95: 7,
        min: 1,
        max: 7,
        histogram: [
          { days: 1, count: 1 },
          { days: 3, count: 2 },
          { days: 7, count: 1 },
        ],
      },
      { title: 'Cycle time' },
    );
    expect(chart.summary).toBe(
      'Cycle time of 4 finished items: half within 3 days, 85% within 7 days, 95% within 7 days; from 1 day to 7 days, 4.3 on average.',
    );
  });

  it('flags the aging items and the threshold in the summary and the table', () => {
    const chart = buildChart(
      'AGING_WIP',
      {
        kind: 'AGING_WIP',
        thresholdDays: 12,
        states: ['In progress', 'Review'],
        items: [
          { key: 'WG-12', state: 'Review', ageDays: 40, aging: true },
          { key: 'WG-15', state: 'In progress', ageDays: 3, aging: false },
        ],
      },
      { title: 'Aging' },
    );
    expect(chart.summary).toBe(
      '2 items in progress, 1 older than the 85th percentile cycle time of 12 days; the oldest is WG-12, 40 days in Review.',
    );
    expect(chart.table.rows).toEqual([
      ['WG-12', 'Review', '40', 'yes'],
      ['WG-15', 'In progress', '3', 'no'],
    ]);
  });

  it('lists cumulative flow states in workflow order, one column each', () => {
    const data = sampleChartData('CUMULATIVE_FLOW');
    const chart = buildChart('CUMULATIVE_FLOW', data, { title: 'Flow' });
    expect(chart.table.columns).toEqual(['Date', 'Backlog', 'To do', 'In progress', 'Review', 'Done']);
  });

  it('gives every kind a table whose rows are as wide as its columns, all text', () => {
    for (const kind of flowMetricKinds) {
      const { table } = buildChart(kind, sampleChartData(kind), { title: kind });
      for (const row of table.rows) {
        expect(row).toHaveLength(table.columns.length);
        for (const cell of row) expect(typeof cell).toBe('string');
      }
    }
  });

  it('refuses data of another kind', () => {
    expect(() => buildChart('WIP', { kind: 'THROUGHPUT', points: [] } as never, { title: 'x' })).toThrow(
      'buildChart: WIP chart given THROUGHPUT data',
    );
  });
});

describe('spreadEndLabels', () => {
  it('moves labels apart that would overlap, keeping their order, and leaves distant ones alone', () => {
    const [top, close, far] = spreadEndLabels(
      [
        { text: 'a', value: 100 },
        { text: 'b', value: 99 },
        { text: 'c', value: 10 },
      ],
      100,
    );
    expect(top!.at).toBe(100);
    expect(close!.at).toBeLessThan(96); // 14 px apart on a 320 px axis of 100
    expect(far!.at).toBe(10);
  });
});

describe('the palette', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };

  it('has at least 3:1 contrast with the background for every colour (WCAG 1.4.11)', () => {
    for (const colour of palette) {
      const ratio = (luminance(background) + 0.05) / (luminance(colour) + 0.05);
      expect([colour, ratio >= 3]).toEqual([colour, true]);
    }
  });
});
