const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;

/**
 * The wait before each attempt of a delivery: immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
 * 14 h, 20 h and 24 h after the previous one failed (about three days and three hours in all).
 */
export const retryDelaysMs: readonly number[] = [
  0,
  5 * second,
  5 * minute,
  30 * minute,
  2 * hour,
  5 * hour,
  10 * hour,
  14 * hour,
  20 * hour,
  24 * hour,
];

export const maxAttempts = retryDelaysMs.length;
/** The longest wait a `Retry-After` may ask for. */
export const maxRetryAfterMs = 24 * hour;

/**
 * When to try again after the `failedAttempts`-th failed attempt of the schedule, with ±10 % jitter
 * (`random` in [0, 1)), or null when the schedule is over. A later `Retry-After` wins, up to 24 h.
 */
export function nextAttemptAt(
  failedAttempts: number,
  now: Date,
  options: { retryAfterMs?: number | null; random?: () => number } = {},
): Date | null {
  const base = retryDelaysMs[failedAttempts];
  if (base === undefined) return null;
  const jitter = 1 + ((options.random ?? Math.random)() * 0.2 - 0.1);
  const scheduled = Math.round(base * jitter);
  const asked = Math.min(options.retryAfterMs ?? 0, maxRetryAfterMs);
  return new Date(now.getTime() + Math.max(scheduled, asked));
}
