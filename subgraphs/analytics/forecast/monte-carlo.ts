import { addDays } from '../metrics/days';
import { nearestRank } from '../metrics/distribution';
import type { Day } from '../metrics/types';
import { nextState as importedNextState, seedState, unitOf as importedUnitOf } from './random';

// Local copies for the hot loops: compiled to CommonJS (tsx), an import is read through a getter on
// every call, which made the loops three times slower than with a plain local function.
const nextState = importedNextState;
const unitOf = importedUnitOf;

/** Ten years of days: a run still short of its count by then counts as unfinished. */
export const defaultMaxDays = 3653;

export interface CompletionForecastInput {
  /** Items finished on each past day, the days to resample. */
  dailyThroughput: readonly number[];
  /** Each run draws its count uniformly from this range, both ends included. */
  remaining: { min: number; max: number };
  runs: number;
  seed: number;
  /** The first day a run can finish items on (tomorrow). */
  startDay: Day;
  maxDays?: number;
}

export interface CompletionForecast {
  p50: Day | null;
  p85: Day | null;
  p95: Day | null;
  /** How many runs finished on each date, earliest first (unfinished runs left out). */
  distribution: { date: Day; runs: number }[];
  warning: string | null;
}

export interface ThroughputForecastInput {
  dailyThroughput: readonly number[];
  /** How many future days each run sums. */
  days: number;
  runs: number;
  seed: number;
}

export interface ThroughputForecast {
  /** At least this many items in p% of the runs: the (100 − p)th nearest-rank percentile of the totals. */
  p50: number;
  p85: number;
  p95: number;
  /** How many runs reached each total, smallest first. */
  distribution: { items: number; runs: number }[];
}

function wholeAtLeast(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be a whole number ≥ ${min}`);
}

function history(dailyThroughput: readonly number[]): Int32Array {
  if (dailyThroughput.length === 0) throw new RangeError('dailyThroughput must hold at least one day');
  for (const count of dailyThroughput) wholeAtLeast('Every day of dailyThroughput', count, 0);
  return Int32Array.from(dailyThroughput);
}

/**
 * When will `remaining` items be done? Each run draws its count from the range, then adds one
 * resampled day of throughput per day from `startDay` until it reaches the count; the run finishes
 * on that day (a count of 0 finishes the day before `startDay`). Percentiles are nearest-rank over
 * all runs, unfinished ones ranking last: a date is null when its rank falls among them.
 */
export function forecastCompletion(input: CompletionForecastInput): CompletionForecast {
  const { remaining, runs, seed, startDay, maxDays = defaultMaxDays } = input;
  const sample = history(input.dailyThroughput);
  wholeAtLeast('remaining.min', remaining.min, 0);
  wholeAtLeast('remaining.max', remaining.max, remaining.min);
  wholeAtLeast('runs', runs, 1);
  wholeAtLeast('maxDays', maxDays, 1);
  if (sample.every((count) => count === 0) && remaining.max > 0) {
    const warning = 'No item finished in the history: there is no throughput to forecast from.';
    return { p50: null, p85: null, p95: null, distribution: [], warning };
  }

  let state = seedState(seed);
  const span = remaining.max - remaining.min + 1;
  const n = sample.length;
  const mostPerDay = Math.max(...sample);
  // Runs per finishing day, offset by one so that index 0 is "nothing remained" (the day before startDay).
  const finishedOn = new Int32Array(maxDays + 1);
  let unfinished = 0;
  for (let run = 0; run < runs; run++) {
    state = nextState(state);
    const target = remaining.min + Math.floor(unitOf(state) * span);
    // A run that could not finish even at the best day's pace every day draws no days.
    if (target > mostPerDay * maxDays) {
      unfinished++;
      continue;
    }
    let done = 0;
    let day = 0;
    while (done < target && day < maxDays) {
      state = nextState(state);
      done += sample[Math.floor(unitOf(state) * n)]!;
      day++;
    }
    if (done < target) unfinished++;
    else finishedOn[day]!++;
  }

  const distribution: CompletionForecast['distribution'] = [];
  for (let day = 0; day <= maxDays; day++) {
    if (finishedOn[day]) distribution.push({ date: addDays(startDay, day - 1), runs: finishedOn[day]! });
  }
  const dateAt = (p: number): Day | null => {
    const rank = Math.max(1, Math.ceil((p * runs) / 100));
    let seen = 0;
    for (const point of distribution) {
      seen += point.runs;
      if (seen >= rank) return point.date;
    }
    return null;
  };
  const warning = unfinished
    ? `${unfinished} of ${runs} runs did not finish within ${maxDays} days: the dates they would set are null.`
    : null;
  return { p50: dateAt(50), p85: dateAt(85), p95: dateAt(95), distribution, warning };
}

/** How many items will be done in `days` days? Each run sums `days` resampled days of throughput. */
export function forecastThroughput(input: ThroughputForecastInput): ThroughputForecast {
  const { days, runs, seed } = input;
  const sample = history(input.dailyThroughput);
  wholeAtLeast('days', days, 0);
  wholeAtLeast('runs', runs, 1);
  let state = seedState(seed);
  const n = sample.length;
  const totals = new Int32Array(runs);
  for (let run = 0; run < runs; run++) {
    let total = 0;
    for (let day = 0; day < days; day++) {
      state = nextState(state);
      total += sample[Math.floor(unitOf(state) * n)]!;
    }
    totals[run] = total;
  }
  totals.sort();
  const distribution: ThroughputForecast['distribution'] = [];
  for (let i = 0; i < runs; i++) {
    const last = distribution[distribution.length - 1];
    if (last && last.items === totals[i]) last.runs++;
    else distribution.push({ items: totals[i]!, runs: 1 });
  }
  const reachedBy = (p: number): number => nearestRank(totals, 100 - p)!;
  return { p50: reachedBy(50), p85: reachedBy(85), p95: reachedBy(95), distribution };
}
