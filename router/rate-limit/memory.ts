import type { RateLimitDecision, RateLimiter, RateLimitOptions, RateLimitReservation } from './types';

/** Counts in this process only: right for one router, too generous behind a load balancer. */
export function createMemoryRateLimiter(options: RateLimitOptions, now: () => number = Date.now): RateLimiter {
  const { limit, windowMs } = options;
  let windowStart = Math.floor(now() / windowMs) * windowMs;
  // One map per window: dropping the old map is the whole cleanup.
  let counts = new Map<string, number>();
  const reserve = async (key: string, keyLimit = limit): Promise<RateLimitReservation> => {
    const time = now();
    const start = Math.floor(time / windowMs) * windowMs;
    if (start !== windowStart) {
      windowStart = start;
      counts = new Map();
    }
    const window = counts;
    const count = (window.get(key) ?? 0) + 1;
    window.set(key, count);
    const decision: RateLimitDecision = {
      allowed: count <= keyLimit,
      limit: keyLimit,
      remaining: Math.max(0, keyLimit - count),
      resetMs: start + windowMs - time,
    };
    return {
      decision,
      release: async () => {
        const left = (window.get(key) ?? 1) - 1;
        if (left > 0) window.set(key, left);
        else window.delete(key);
      },
    };
  };
  return {
    reserve,
    hit: async (key, keyLimit) => (await reserve(key, keyLimit)).decision,
    async close() {
      counts.clear();
    },
  };
}
