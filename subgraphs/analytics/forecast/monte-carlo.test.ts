import { addDays } from '../metrics/days';
import { forecastCompletion, forecastThroughput } from './monte-carlo';
import { mulberry32 } from './random';

/** The forecast as the API describes it, written plainly: arrays, sorted dates, no shortcuts. */
function referenceCompletion(history: number[], min: number, max: number, runs: number, seed: number, start: string) {
  const random = mulberry32(seed);
  const finishes: string[] = [];
  for (let run = 0; run < runs; run++) {
    const remaining = min + Math.floor(random() * (max - min + 1));
    let done = 0;
    let days = 0;
    while (done < remaining) {
      done += history[Math.floor(random() * history.length)]!;
      days++;
    }
    finishes.push(addDays(start, days - 1));
  }
  finishes.sort();
  const at = (p: number) => finishes[Math.ceil((p / 100) * runs) - 1];
  const counts = new Map<string, number>();
  for (const date of finishes) counts.set(date, (counts.get(date) ?? 0) + 1);
  return {
    p50: at(50),
    p85: at(85),
    p95: at(95),
    distribution: [...counts].map(([date, n]) => ({ date, runs: n })),
    warning: null,
  };
}

function referenceThroughput(history: number[], days: number, runs: number, seed: number) {
  const random = mulberry32(seed);
  const totals: number[] = [];
  for (let run = 0; run < runs; run++) {
    let total = 0;
    for (let day = 0; day < days; day++) total += history[Math.floor(random() * history.length)]!;
    totals.push(total);
  }
  totals.sort((a, b) => a - b);
  const reached = (p: number) => totals[Math.ceil(((100 - p) / 100) * runs) - 1];
  const counts = new Map<number, number>();
  for (const total of totals) counts.set(total, (counts.get(total) ?? 0) + 1);
  return {
    p50: reached(50),
    p85: reached(85),
    p95: reached(95),
    distribution: [...counts].map(([items, n]) => ({ items, runs: n })),
  };
}

const history = [0, 2, 1, 0, 0, 3, 1, 0, 4, 1, 0, 0, 2, 1];

describe('forecastCompletion', () => {
  it('matches a plain re-implementation with the same generator and seed', () => {
    const input = { dailyThroughput: history, remaining: { min: 20, max: 35 }, runs: 2000, seed: 1234 };
    const forecast = forecastCompletion({ ...input, startDay: '2026-03-12' });
    expect(forecast).toEqual(referenceCompletion(history, 20, 35, 2000, 1234, '2026-03-12'));
  });

  it('orders its dates p50 ≤ p85 ≤ p95 and accounts for every run', () => {
    for (const seed of [1, 2, 3]) {
      const forecast = forecastCompletion({
        dailyThroughput: history,
        remaining: { min: 5, max: 60 },
        runs: 500,
        seed,
        startDay: '2026-03-12',
      });
      expect(forecast.p50! <= forecast.p85! && forecast.p85! <= forecast.p95!).toBe(true);
      expect(forecast.distribution.reduce((sum, d) => sum + d.runs, 0)).toBe(500);
      expect(forecast.distribution.map((d) => d.date)).toEqual([...forecast.distribution.map((d) => d.date)].sort());
    }
  });

  it('gives the same answer for the same seed and may differ for another', () => {
    const run = (seed: number) =>
      forecastCompletion({
        dailyThroughput: history,
        remaining: { min: 30, max: 30 },
        runs: 300,
        seed,
        startDay: '2026-03-12',
      });
    expect(run(99)).toEqual(run(99));
    expect(run(99).distribution).not.toEqual(run(100).distribution);
  });

  it('finishes every run on the first day when one day of throughput always suffices', () => {
    const forecast = forecastCompletion({
      dailyThroughput: [5, 7],
      remaining: { min: 1, max: 5 },
      runs: 100,
      seed: 5,
      startDay: '2026-03-12',
    });
    expect(forecast).toEqual({
      p50: '2026-03-12',
      p85: '2026-03-12',
      p95: '2026-03-12',
      distribution: [{ date: '2026-03-12', runs: 100 }],
      warning: null,
    });
  });

  it('draws the count from the whole range, both ends included', () => {
    // One item a day: a run drawing n finishes on day n, so the dates show which counts were drawn.
    const forecast = forecastCompletion({
      dailyThroughput: [1],
      remaining: { min: 2, max: 4 },
      runs: 300,
      seed: 8,
      startDay: '2026-03-12',
    });
    expect(forecast.distribution.map((d) => d.date)).toEqual(['2026-03-13', '2026-03-14', '2026-03-15']);
  });

  it('has no dates and says why when nothing finished in the history', () => {
    const forecast = forecastCompletion({
      dailyThroughput: [0, 0, 0],
      remaining: { min: 3, max: 3 },
      runs: 100,
      seed: 1,
      startDay: '2026-03-12',
    });
    expect(forecast).toMatchObject({ p50: null, p85: null, p95: null, distribution: [] });
    expect(forecast.warning).toMatch(/No item finished in the history/);
  });

  it('counts runs that do not finish within the day limit as unfinished, ranking them last', () => {
    // One item on one day in 1000: 3 items within 10 days is rare, so most runs do not finish.
    const sparse = [1, ...Array<number>(999).fill(0)];
    const forecast = forecastCompletion({
      dailyThroughput: sparse,
      remaining: { min: 3, max: 3 },
      runs: 200,
      seed: 3,
      startDay: '2026-03-12',
      maxDays: 10,
    });
    expect([forecast.p50, forecast.p85, forecast.p95]).toEqual([null, null, null]);
    const finished = forecast.distribution.reduce((sum, d) => sum + d.runs, 0);
    expect(forecast.warning).toBe(
      `${200 - finished} of 200 runs did not finish within 10 days: the dates they would set are null.`,
    );
  });

  it('refuses an empty history and a range that ends below its start', () => {
    const input = { remaining: { min: 1, max: 1 }, runs: 10, seed: 1, startDay: '2026-03-12' };
    expect(() => forecastCompletion({ ...input, dailyThroughput: [] })).toThrow(RangeError);
    expect(() => forecastCompletion({ ...input, dailyThroughput: [1], remaining: { min: 3, max: 2 } })).toThrow(
      RangeError,
    );
  });
});

describe('forecastThroughput', () => {
  it('matches a plain re-implementation with the same generator and seed', () => {
    const forecast = forecastThroughput({ dailyThroughput: history, days: 30, runs: 2000, seed: 77 });
    expect(forecast).toEqual(referenceThroughput(history, 30, 2000, 77));
  });

  it('reaches at least its p95 count in 95% of the runs, and p95 ≤ p85 ≤ p50', () => {
    const forecast = forecastThroughput({ dailyThroughput: history, days: 20, runs: 1000, seed: 4 });
    expect(forecast.p95 <= forecast.p85 && forecast.p85 <= forecast.p50).toBe(true);
    const reaching = (count: number) =>
      forecast.distribution.filter((d) => d.items >= count).reduce((sum, d) => sum + d.runs, 0);
    expect(reaching(forecast.p95)).toBeGreaterThanOrEqual(950);
    expect(reaching(forecast.p85)).toBeGreaterThanOrEqual(850);
    expect(reaching(forecast.p50)).toBeGreaterThanOrEqual(500);
  });

  it('keeps totals within the range the history allows: days × smallest to days × largest', () => {
    const forecast = forecastThroughput({ dailyThroughput: [1, 3], days: 10, runs: 500, seed: 6 });
    const totals = forecast.distribution.map((d) => d.items);
    expect(Math.min(...totals)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...totals)).toBeLessThanOrEqual(30);
  });

  it('gives the same answer for the same seed', () => {
    const run = () => forecastThroughput({ dailyThroughput: history, days: 15, runs: 300, seed: 12 });
    expect(run()).toEqual(run());
  });
});
