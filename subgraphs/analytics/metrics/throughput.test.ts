import { flowItem } from './test-items';
import { throughputByDay, throughputByWeek } from './throughput';

describe('throughput', () => {
  const items = [
    flowItem('a', { startedAt: '2026-03-01T09:00Z', finishedAt: '2026-03-04T09:00Z' }), // Wednesday
    flowItem('b', { startedAt: '2026-03-01T09:00Z', finishedAt: '2026-03-02T09:00Z' }), // Monday, before the window
    flowItem('c', { startedAt: '2026-03-01T09:00Z', finishedAt: '2026-03-09T23:59Z' }), // Monday
    flowItem('d', { startedAt: '2026-03-01T09:00Z', finishedAt: '2026-03-11T00:00Z' }), // after the window
    flowItem('e', { startedAt: '2026-03-01T09:00Z', finishedAt: '2026-03-05T09:00Z', deletedAt: '2026-03-06T00:00Z' }),
  ];
  const window = { from: '2026-03-04', to: '2026-03-10' };

  it('keeps every day of the window, empty days included', () => {
    expect(throughputByDay(items, window).map((p) => p.count)).toEqual([1, 1, 0, 0, 0, 1, 0]);
  });

  it('keeps deleted and archived items that finished in the window in the history', () => {
    expect(throughputByDay(items, window)[1]).toEqual({
      start: '2026-03-05',
      end: '2026-03-05',
      count: 1,
      itemIds: ['e'],
    });
  });

  it('labels weeks cut by the window Monday to Sunday but counts only the window’s days', () => {
    expect(throughputByWeek(items, window)).toEqual([
      { start: '2026-03-02', end: '2026-03-08', count: 2, itemIds: ['a', 'e'] },
      { start: '2026-03-09', end: '2026-03-15', count: 1, itemIds: ['c'] },
    ]);
  });
});
