import type { Logger } from '../../lib/logger';
import { createMemoryRateLimiter } from './memory';
import { createRedisRateLimiter } from './redis';
import type { RateLimiter, RateLimitOptions } from './types';

export type { RateLimiter, RateLimitDecision, RateLimitOptions, RateLimitReservation } from './types';

/** Shared across routers through Redis when a URL is given, per process otherwise. */
export function createRateLimiter(options: RateLimitOptions & { redisUrl?: string; logger: Logger }): RateLimiter {
  const { redisUrl, logger, ...limits } = options;
  return redisUrl ? createRedisRateLimiter(redisUrl, limits, logger) : createMemoryRateLimiter(limits);
}
