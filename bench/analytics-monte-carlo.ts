/**
 * Times the analytics Monte Carlo forecasts in process: 10,000 runs over 90 days of history, each
 * case repeated (`BENCH_REPEATS`, default 50) after a warm-up, p50 and p99 of the wall time.
 * Run: `npx tsx bench/analytics-monte-carlo.ts`. No database, no services.
 */
import { performance } from 'node:perf_hooks';
import { forecastCompletion, forecastThroughput } from '../subgraphs/analytics/forecast/monte-carlo';
import { mulberry32 } from '../subgraphs/analytics/forecast/random';

const repeats = Number(process.env.BENCH_REPEATS ?? 50);
const runs = 10_000;

/** 90 days of a team finishing `mean` items a day on average, some days nothing. */
function history(mean: number, seed: number): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: 90 }, () => (random() < 0.3 ? 0 : Math.round(random() * 2 * mean)));
}

function time(label: string, run: () => unknown): void {
  for (let i = 0; i < 5; i++) run();
  const ms: number[] = [];
  let last: unknown;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    last = run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.max(0, Math.ceil((p / 100) * ms.length) - 1)]!.toFixed(2);
  const { p50, p85, p95 } = last as { p50: unknown; p85: unknown; p95: unknown };
  console.log(
    `${label.padEnd(58)} p50 ${at(50).padStart(7)} ms  p99 ${at(99).padStart(7)} ms  (${p50} / ${p85} / ${p95})`,
  );
}

const startDay = '2026-03-12';
console.log(`${runs} runs over 90 days of history, ${repeats} repeats each`);
time('completion, 50-150 items left, ~2 items/day', () =>
  forecastCompletion({ dailyThroughput: history(2, 1), remaining: { min: 50, max: 150 }, runs, seed: 1, startDay }),
);
time('completion, 500 items left, ~1 item/day', () =>
  forecastCompletion({ dailyThroughput: history(1, 2), remaining: { min: 500, max: 500 }, runs, seed: 2, startDay }),
);
time('completion, 100,000 items left (runs hit the 10-year limit)', () =>
  forecastCompletion({
    dailyThroughput: history(1, 3),
    remaining: { min: 100_000, max: 100_000 },
    runs,
    seed: 3,
    startDay,
  }),
);
time('throughput over the next 90 days', () =>
  forecastThroughput({ dailyThroughput: history(2, 4), days: 90, runs, seed: 4 }),
);
time('throughput over the next 3 years (1,096 days)', () =>
  forecastThroughput({ dailyThroughput: history(2, 5), days: 1096, runs, seed: 5 }),
);
