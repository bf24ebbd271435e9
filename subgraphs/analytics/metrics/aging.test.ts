import { agingWip } from './aging';
import { flowItem } from './test-items';

describe('agingWip', () => {
  const window = { from: '2026-03-01', to: '2026-03-10' };

  it('counts an item finished or discarded after the window as still in progress at its end', () => {
    const items = [
      flowItem('late', { startedAt: '2026-03-08T09:00Z', finishedAt: '2026-03-11T09:00Z' }),
      flowItem('dropped', { startedAt: '2026-03-09T09:00Z', discardedAt: '2026-03-12T09:00Z' }),
    ];
    expect(agingWip(items, window, 2).items.map((i) => [i.id, i.ageDays, i.aging])).toEqual([
      ['late', 3, true],
      ['dropped', 2, false],
    ]);
  });

  it('leaves out items not yet started, started after the window, deleted or archived by its end', () => {
    const items = [
      flowItem('waiting', {}),
      flowItem('later', { startedAt: '2026-03-11T09:00Z' }),
      flowItem('deleted', { startedAt: '2026-03-02T09:00Z', deletedAt: '2026-03-10T23:00Z' }),
      flowItem('archived', { startedAt: '2026-03-02T09:00Z', archivedAt: '2026-03-05T09:00Z' }),
    ];
    expect(agingWip(items, window, 5)).toEqual({ thresholdDays: 5, count: 0, agingCount: 0, items: [] });
  });

  it('flags nothing without a threshold, and orders items that started together by id', () => {
    const items = ['b', 'a'].map((id) => flowItem(id, { startedAt: '2026-03-01T09:00Z' }));
    const aging = agingWip(items, window, null);
    expect(aging.items.map((i) => [i.id, i.ageDays, i.aging])).toEqual([
      ['a', 10, false],
      ['b', 10, false],
    ]);
    expect(aging.agingCount).toBe(0);
  });
});
