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
  return n === 0 ? null : ascending[rankOf(n, p) - 1]!;
}

// p · n is an integer for integer p, so the division is exact whenever the rank is whole.
const rankOf = (n: number, p: number): number => Math.min(n, Math.max(1, Math.ceil((p * n) / 100)));

/** The statistics of the durations a histogram holds (ascending days, no empty bucket). */
function statistics(histogram: readonly DurationBucket[]): Omit<TimeDistribution, 'histogram'> {
  const n = histogram.reduce((sum, bucket) => sum + bucket.count, 0);
  if (n === 0) {
    return { count: 0, mean: null, standardDeviation: null, min: null, p50: null, p85: null, p95: null, max: null };
  }
  const mean = histogram.reduce((sum, bucket) => sum + bucket.days * bucket.count, 0) / n;
  const squares = histogram.reduce((sum, bucket) => sum + bucket.count * (bucket.days - mean) ** 2, 0);
  return {
    count: n,
    mean,
    standardDeviation: n < 2 ? null : Math.sqrt(squares / (n - 1)),
    min: histogram[0]!.days,
    p50: rankInHistogram(histogram, n, 50),
    p85: rankInHistogram(histogram, n, 85),
    p95: rankInHistogram(histogram, n, 95),
    max: histogram[histogram.length - 1]!.days,
  };
}

/** `nearestRank` of the n durations a histogram holds, without listing them. */
function rankInHistogram(histogram: readonly DurationBucket[], n: number, p: number): number {
  const rank = rankOf(n, p);
  let seen = 0;
  for (const bucket of histogram) {
    seen += bucket.count;
    if (seen >= rank) return bucket.days;
  }
  return histogram[histogram.length - 1]!.days;
}

/**
 * The distribution of durations counted per number of days (whole projects' pre-aggregates): the
 * same figures `timeDistribution` gives for the durations listed one by one.
 */
export function histogramDistribution(buckets: readonly DurationBucket[]): TimeDistribution {
  const histogram = buckets
    .filter((bucket) => bucket.count > 0)
    .map(({ days, count }) => ({ days, count }))
    .sort((a, b) => a.days - b.days);
  return { ...statistics(histogram), histogram };
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
  const byDays = new Map<number, ItemIds>();
  for (const { id, days } of durations) {
    const ids = byDays.get(days);
    if (ids) ids.push(id);
    else byDays.set(days, [id]);
  }
  const histogram = [...byDays]
    .sort(([a], [b]) => a - b)
    .map(([days, itemIds]) => ({ days, count: itemIds.length, itemIds: itemIds.sort() }));
  return { statistics: statistics(histogram), histogram };
}
