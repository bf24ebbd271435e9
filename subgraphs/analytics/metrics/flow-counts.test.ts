import { createdVsResolved } from './created-resolved';
import { dayMs } from './days';
import {
  createdResolvedFromCounts,
  dailyThroughputFromCounts,
  flowCountsOf,
  throughputFromCounts,
  timesFromCounts,
} from './flow-counts';
import { leadCycleTimes } from './lead-cycle-times';
import { dailyThroughput, throughputByDay, throughputByWeek } from './throughput';
import type { FlowItem } from './types';

/** mulberry32: the same pseudo-random items on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomItems(count: number): FlowItem[] {
  const next = random(7);
  const base = Date.parse('2026-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const createdAt = new Date(base + next() * 120 * dayMs);
    const startedAt = next() < 0.8 ? new Date(createdAt.getTime() + next() * 20 * dayMs) : null;
    const finishedAt = next() < 0.7 ? new Date((startedAt ?? createdAt).getTime() + next() * 30 * dayMs) : null;
    return {
      id: `item-${String(i).padStart(4, '0')}`,
      projectId: 'p1',
      type: 'TASK',
      assigneeId: null,
      labelIds: [],
      stateId: 'doing',
      createdAt,
      startedAt,
      finishedAt,
      discardedAt: null,
      archivedAt: next() < 0.1 ? new Date(createdAt.getTime() + 200 * dayMs) : null,
      deletedAt: null,
    };
  });
}

describe('flow counts', () => {
  const items = randomItems(2000);
  const window = { from: '2026-02-10', to: '2026-04-20' };
  const counts = flowCountsOf(items, window);
  const withoutIds = <T extends { itemIds: unknown }>({ itemIds: _ids, ...rest }: T) => rest;

  it('give the same daily and weekly throughput as the items they count', () => {
    expect(throughputFromCounts(counts, window, 'DAY')).toEqual(throughputByDay(items, window).map(withoutIds));
    expect(throughputFromCounts(counts, window, 'WEEK')).toEqual(throughputByWeek(items, window).map(withoutIds));
    expect(dailyThroughputFromCounts(counts, window)).toEqual(dailyThroughput(items, window));
  });

  it('give the same created and resolved items per day', () => {
    expect(createdResolvedFromCounts(counts, window)).toEqual(
      createdVsResolved(items, window).map(({ date, created, resolved }) => ({ date, created, resolved })),
    );
  });

  it('give lead and cycle time distributions equal to the items one by one, to the last bit', () => {
    const byItem = leadCycleTimes(items, window);
    const counted = timesFromCounts(counts);
    for (const measure of ['leadTime', 'cycleTime'] as const) {
      expect(counted[measure]).toEqual({
        ...byItem[measure],
        histogram: byItem[measure].histogram.map(({ days, count }) => ({ days, count })),
      });
    }
    expect(counted.cycleTime.count).toBeGreaterThan(500);
  });
});
