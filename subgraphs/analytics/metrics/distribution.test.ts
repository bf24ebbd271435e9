import { histogramDistribution, itemTimeDistribution, nearestRank, timeDistribution } from './distribution';

describe('timeDistribution', () => {
  it('takes nearest-rank percentiles: the smallest value at least p% of the items do not exceed', () => {
    // n = 10: p50 rank ⌈5⌉ = 5, p85 rank ⌈8.5⌉ = 9, p95 rank ⌈9.5⌉ = 10.
    const d = timeDistribution([10, 1, 9, 2, 8, 3, 7, 4, 6, 5]);
    expect([d.min, d.p50, d.p85, d.p95, d.max]).toEqual([1, 5, 9, 10, 10]);
    // n = 20: p85 rank 17 exactly (85 · 20 / 100 is whole, no rounding up).
    expect(
      nearestRank(
        [...Array(20).keys()].map((i) => i + 1),
        85,
      ),
    ).toBe(17);
  });

  it('gives the sample standard deviation, dividing by n − 1', () => {
    // mean 5; squares 9 + 1 + 1 + 9 = 20; 20 / 3 = 6.666…; √ = 2.5819889
    const d = timeDistribution([2, 4, 6, 8]);
    expect(d.mean).toBe(5);
    expect(d.standardDeviation).toBeCloseTo(2.5819889, 6);
  });

  it('has no standard deviation for a single item, and every statistic null without items', () => {
    expect(timeDistribution([3])).toEqual({
      count: 1,
      mean: 3,
      standardDeviation: null,
      min: 3,
      p50: 3,
      p85: 3,
      p95: 3,
      max: 3,
      histogram: [{ days: 3, count: 1 }],
    });
    expect(timeDistribution([])).toEqual({
      count: 0,
      mean: null,
      standardDeviation: null,
      min: null,
      p50: null,
      p85: null,
      p95: null,
      max: null,
      histogram: [],
    });
  });

  it('lists the histogram shortest first and leaves out the days no item took', () => {
    expect(timeDistribution([5, 1, 5, 12]).histogram).toEqual([
      { days: 1, count: 1 },
      { days: 5, count: 2 },
      { days: 12, count: 1 },
    ]);
  });

  it('keeps the items behind each histogram bucket', () => {
    const d = itemTimeDistribution([
      { id: 'b', days: 2 },
      { id: 'a', days: 2 },
      { id: 'c', days: 1 },
    ]);
    expect(d.histogram).toEqual([
      { days: 1, count: 1, itemIds: ['c'] },
      { days: 2, count: 2, itemIds: ['a', 'b'] },
    ]);
  });

  it('gives from counts per number of days the figures of the same durations listed one by one', () => {
    const counted = histogramDistribution([
      { days: 12, count: 1 },
      { days: 3, count: 0 },
      { days: 1, count: 1 },
      { days: 5, count: 2 },
    ]);
    expect(counted).toEqual(timeDistribution([5, 1, 5, 12]));
    expect(histogramDistribution([{ days: 4, count: 0 }])).toEqual(timeDistribution([]));
  });
});
