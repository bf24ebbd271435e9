import { controlChart } from './control-chart';
import { flowItem } from './test-items';

describe('controlChart', () => {
  const window = { from: '2026-03-01', to: '2026-03-10' };
  const finished = (id: string, started: string, finishedAt: string) =>
    flowItem(id, { startedAt: `${started}T09:00Z`, finishedAt });

  it('orders points finished at the same moment by id and averages over a window of one as the point itself', () => {
    const items = [
      finished('b', '2026-03-02', '2026-03-05T09:00Z'),
      finished('a', '2026-03-04', '2026-03-05T09:00Z'),
      finished('c', '2026-03-01', '2026-03-03T09:00Z'),
    ];
    expect(controlChart(items, window, 1).map((p) => [p.id, p.cycleTimeDays, p.rollingAverageDays])).toEqual([
      ['c', 3, 3],
      ['a', 2, 2],
      ['b', 4, 4],
    ]);
  });

  it('averages over the points so far while fewer than the rolling window exist', () => {
    const items = [finished('a', '2026-03-01', '2026-03-01T10:00Z'), finished('b', '2026-03-01', '2026-03-04T10:00Z')];
    // 1 / 1, then (1 + 4) / 2
    expect(controlChart(items, window, 10).map((p) => p.rollingAverageDays)).toEqual([1, 2.5]);
  });

  it('refuses a rolling window that is not a whole number of at least one', () => {
    expect(() => controlChart([], window, 0)).toThrow(RangeError);
    expect(() => controlChart([], window, 1.5)).toThrow(RangeError);
  });
});
