import { badInput } from '../../../lib/errors';
import { addDays, dayOf, daysBetweenInclusive } from '../metrics/days';

export const defaultHistoryDays = 90;
export const defaultRuns = 10_000;
export const maxItemCount = 100_000;

function intIn(value: number | null | undefined, fallback: number, min: number, max: number, field: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max)
    throw badInput(field, `${field.split('.').at(-1)} must be between ${min} and ${max}.`);
  return n;
}

/** History days, runs and seed of a forecast; a seed is drawn when none is given, and returned. */
export function parseSimulation(
  input: { history?: number | null; runs?: number | null; seed?: number | null },
  random: () => number = Math.random,
) {
  return {
    history: intIn(input.history, defaultHistoryDays, 7, 365, 'input.history'),
    runs: intIn(input.runs, defaultRuns, 100, 10_000, 'input.runs'),
    seed: intIn(input.seed, Math.floor(random() * 2 ** 31), -(2 ** 31), 2 ** 31 - 1, 'input.seed'),
  };
}

/** How many items remain when given as a number or a range; null when counted from an epic or a view. */
export function parseItemCount(input: {
  itemCount?: number | null;
  itemCountRange?: { min: number; max: number } | null;
  epicId?: string | null;
  savedViewId?: string | null;
}): { min: number; max: number } | null {
  const given = (['itemCount', 'itemCountRange', 'epicId', 'savedViewId'] as const).filter(
    (key) => input[key] !== null && input[key] !== undefined,
  );
  if (given.length !== 1)
    throw badInput('input', 'Give exactly one of itemCount, itemCountRange, epicId and savedViewId.');
  if (input.itemCount !== null && input.itemCount !== undefined) {
    const n = intIn(input.itemCount, 0, 1, maxItemCount, 'input.itemCount');
    return { min: n, max: n };
  }
  if (input.itemCountRange) {
    const min = intIn(input.itemCountRange.min, 0, 1, maxItemCount, 'input.itemCountRange.min');
    const max = intIn(input.itemCountRange.max, 0, min, maxItemCount, 'input.itemCountRange.max');
    return { min, max };
  }
  return null;
}

export const maxForecastDays = 1096;

/** The days a throughput forecast counts: until a date after today, or a number of days from tomorrow. */
export function parseForecastHorizon(
  input: { until?: Date | null; days?: number | null },
  today: string,
): { until: string; days: number } {
  const hasUntil = input.until !== null && input.until !== undefined;
  const hasDays = input.days !== null && input.days !== undefined;
  if (hasUntil === hasDays) throw badInput('input', 'Give exactly one of until and days.');
  if (hasDays) {
    const days = intIn(input.days, 0, 1, maxForecastDays, 'input.days');
    return { until: addDays(today, days), days };
  }
  const until = dayOf(input.until!);
  if (until <= today) throw badInput('input.until', 'until must be after today.');
  const days = daysBetweenInclusive(addDays(today, 1), until);
  if (days > maxForecastDays) throw badInput('input.until', 'until must be at most 3 years ahead.');
  return { until, days };
}
