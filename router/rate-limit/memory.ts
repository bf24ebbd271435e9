import type { RateLimitDecision, RateLimiter, RateLimitOptions } from './types';

/** Counts in this process only: right for one router, too generous behind a load balancer. */
export function createMemoryRateLimiter(options: RateLimitOptions, now: () => number = Date.now): RateLimiter {
  const { limit, windowMs } = options;
  let windowStart = Math.floor(now() / windowMs) * windowMs;
  // One map per window: dropping the old map is the whole cleanup.
  let counts = new Map<string, number>();
  return {
    async hit(key: string, keyLimit = limit): Promise<RateLimitDecision> {
      const time = now();
      const start = Math.floor(time / windowMs) * windowMs;
      if (start !== windowStart) {
        windowStart = start;
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return {
        allowed: count <= keyLimit,
        limit: keyLimit,
        remaining: Math.max(0, keyLimit - count),
        resetMs: start + windowMs - time,
      };
    },
    async close() {
      counts.clear();
    },
  };
}
