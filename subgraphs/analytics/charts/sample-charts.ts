import type { ChartData, ChartDataOf, FlowMetricKind } from './chart-data';
import { nextDay } from './chart-text';

/**
 * Fixed, made-up data for one chart of each kind: the pictures of docs/analytics/charts and the
 * tests. Derived from a seeded generator, so every run gives the same charts.
 */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const firstDay = '2026-09-07'; // a Monday
const dayCount = 84; // twelve weeks

function days(): string[] {
  const list = [firstDay];
  while (list.length < dayCount) list.push(nextDay(list[list.length - 1]!));
  return list;
}

export const sampleTitles: Record<FlowMetricKind, string> = {
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

export function sampleChartData<K extends FlowMetricKind>(kind: K): ChartDataOf<K> {
  return sampleOf(kind) as ChartDataOf<K>;
}

function sampleOf(kind: FlowMetricKind): ChartData {
  const random = seeded(14);
  const window = days();
  const finishedPerDay = window.map((_, i) => Math.floor(random() * (i % 7 >= 5 ? 1.5 : 3.2)));
  switch (kind) {
    case 'WIP':
      return {
        kind,
        points: window.map((date, i) => ({ date, count: 6 + Math.round(4 * Math.sin(i / 9) + random() * 3) })),
      };
    case 'THROUGHPUT':
      return { kind, points: window.map((date, i) => ({ start: date, end: date, count: finishedPerDay[i]! })) };
    case 'WEEKLY_THROUGHPUT':
      return {
        kind,
        points: Array.from({ length: dayCount / 7 }, (_, week) => ({
          start: window[week * 7]!,
          end: window[week * 7 + 6]!,
          count: finishedPerDay.slice(week * 7, week * 7 + 7).reduce((a, b) => a + b, 0),
        })),
      };
    case 'LEAD_TIME':
    case 'CYCLE_TIME': {
      const scale = kind === 'LEAD_TIME' ? 2.2 : 1;
      const durations = Array.from({ length: 60 }, () => Math.max(1, Math.round(scale * (1 + 14 * random() ** 2.2))));
      durations.sort((a, b) => a - b);
      const rank = (p: number) => durations[Math.ceil((p / 100) * durations.length) - 1]!;
      const mean = durations.reduce((a, b) => a + b, 0) / durations.length;
      const histogram = [...new Set(durations)].map((d) => ({
        days: d,
        count: durations.filter((x) => x === d).length,
      }));
      return {
        kind,
        count: durations.length,
        mean: Math.round(mean * 100) / 100,
        p50: rank(50),
        p85: rank(85),
        p95: rank(95),
        min: durations[0]!,
        max: durations[durations.length - 1]!,
        histogram,
      };
    }
    case 'AGING_WIP': {
      const states = ['In progress', 'Review', 'Testing'];
      const items = Array.from({ length: 14 }, (_, i) => {
        const ageDays = 1 + Math.floor(random() ** 1.8 * 30);
        return { key: `WG-${120 + i * 3}`, state: states[i % 3]!, ageDays, aging: ageDays > 12 };
      }).sort((a, b) => b.ageDays - a.ageDays);
      return { kind, thresholdDays: 12, states, items };
    }
    case 'CUMULATIVE_FLOW': {
      const states = ['Backlog', 'To do', 'In progress', 'Review', 'Done'];
      let done = 20;
      return {
        kind,
        days: window.map((date, i) => {
          done += finishedPerDay[i]!;
          const counts = [30 - Math.floor(i / 6), 8 + (i % 5), 6 + Math.round(3 * Math.sin(i / 7)), 2 + (i % 3), done];
          return { date, states: states.map((state, s) => ({ state, count: counts[s]! })) };
        }),
      };
    }
    case 'CREATED_VS_RESOLVED':
      return {
        kind,
        points: window.map((date, i) => ({
          date,
          created: Math.floor(random() * (i % 7 >= 5 ? 1.2 : 3.6)),
          resolved: finishedPerDay[i]!,
        })),
      };
    case 'CONTROL_CHART': {
      const rollingWindow = 10;
      const points: { key: string; finishedOn: string; cycleTimeDays: number; rollingAverageDays: number }[] = [];
      window.forEach((date, i) => {
        for (let n = 0; n < finishedPerDay[i]!; n++) {
          const cycleTimeDays = Math.max(1, Math.round(1 + 14 * random() ** 2.2));
          const recent = [...points.slice(-(rollingWindow - 1)).map((p) => p.cycleTimeDays), cycleTimeDays];
          const rollingAverageDays = Math.round((recent.reduce((a, b) => a + b, 0) / recent.length) * 100) / 100;
          points.push({ key: `WG-${40 + points.length}`, finishedOn: date, cycleTimeDays, rollingAverageDays });
        }
      });
      return { kind, rollingWindow, points };
    }
  }
}
