import type { ItemIds } from './types';

export interface DurationBucket {
  days: number;
  count: number;
}

export interface TimeDistribution<Bucket extends DurationBucket = DurationBucket> {
  count: number;
  mean: number | null;
  standardDeviation: number | null;
  min: number | null;
  p50: number | null;
  p85: number | null;
  p95: number | null;
  max: number | null;
  histogram: Bucket[];
}

export interface ItemDuration {
  id: string;
  days: number;
}

export type ItemTimeDistribution = TimeDistribution<DurationBucket & { itemIds: ItemIds }>;

/** Nearest rank: the smallest value that at least p% of the values do not exceed (rank ⌈p/100 · n⌉). */
export function nearestRank<T>(ascending: ArrayLike<T>, p: number): T | null {
  const n = ascending.length;
  if (n === 0) return null;
  // p · n is an integer for integer p, so the division is exact whenever the rank is whole.
  const rank = Math.min(n, Math.max(1, Math.ceil((p * n) / 100)));
  return ascending[rank - 1]!;
}

function statistics(ascending: readonly number[]): Omit<TimeDistribution, 'histogram'> {
  const n = ascending.length;
  if (n === 0) {
    return { count: 0, mean: null, standardDeviation: null, min: null, p50: null, p85: null, p95: null, max: null };
  }
  const mean = ascending.reduce((sum, value) => sum + value, 0) / n;
  const squares = ascending.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return {
    count: n,
    mean,
    standardDeviation: n < 2 ? null : Math.sqrt(squares / (n - 1)),
    min: ascending[0]!,
    p50: nearestRank(ascending, 50),
    p85: nearestRank(ascending, 85),
    p95: nearestRank(ascending, 95),
    max: ascending[n - 1]!,
  };
}

export function timeDistribution(values: readonly number[]): TimeDistribution {
  const { statistics: stats, histogram } = itemTimeDistributionParts(
    values.map((days, i) => ({ id: String(i), days })),
  );
  return { ...stats, histogram: histogram.map(({ days, count }) => ({ days, count })) };
}

/** The same, each histogram bucket with the items behind it. */
export function itemTimeDistribution(durations: readonly ItemDuration[]): ItemTimeDistribution {
  const { statistics: stats, histogram } = itemTimeDistributionParts(durations);
  return { ...stats, histogram };
}

function itemTimeDistributionParts(durations: readonly ItemDuration[]) {
  const ascending = durations.map((d) => d.days).sort((a, b) => a - b);
  const byDays = new Map<number, ItemIds>();
  for (const { id, days } of durations) {
    const ids = byDays.get(days);
    if (ids) ids.push(id);
    else byDays.set(days, [id]);
  }
  const histogram = [...byDays]
    .sort(([a], [b]) => a - b)
    .map(([days, itemIds]) => ({ days, count: itemIds.length, itemIds: itemIds.sort() }));
  return { statistics: statistics(ascending), histogram };
}
