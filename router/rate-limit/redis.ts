import { Redis } from 'ioredis';
import type { Logger } from '../../lib/logger';
import type { RateLimitDecision, RateLimiter, RateLimitOptions } from './types';

/**
 * Counts in Redis, shared by every router: INCR on a key per client and window, expiring with the
 * window. When Redis is unreachable requests are let through (and logged): an outage of the limiter
 * must not become an outage of the API.
 */
export function createRedisRateLimiter(
  redisUrl: string,
  options: RateLimitOptions,
  logger: Logger,
  now: () => number = Date.now,
): RateLimiter & { ready(): Promise<void> } {
  const { limit, windowMs } = options;
  const keyPrefix = `${options.keyPrefix ?? 'workgraph:'}router:rate:`;
  const redis = new Redis(redisUrl, {
    maxRetriesPerRequest: 1,
    // While disconnected, fail at once (and let the request through) rather than queue and wait.
    enableOfflineQueue: false,
    commandTimeout: 500,
    connectTimeout: 2000,
  });
  let lastWarning = 0;
  redis.on('error', (error: Error) => {
    if (now() - lastWarning > 10_000) {
      lastWarning = now();
      logger.warn('rate limiter: redis unavailable', { error: error.message });
    }
  });
  return {
    ready: () =>
      redis.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => redis.once('ready', () => resolve())),
    async hit(key: string, keyLimit = limit): Promise<RateLimitDecision> {
      const time = now();
      const window = Math.floor(time / windowMs);
      const resetMs = (window + 1) * windowMs - time;
      const redisKey = `${keyPrefix}${window}:${key}`;
      try {
        const results = await redis.multi().incr(redisKey).pexpire(redisKey, windowMs).exec();
        const count = Number(results?.[0]?.[1] ?? 0);
        return { allowed: count <= keyLimit, limit: keyLimit, remaining: Math.max(0, keyLimit - count), resetMs };
      } catch (error) {
        if (now() - lastWarning > 10_000) {
          lastWarning = now();
          logger.warn('rate limiter: counting failed, request allowed', { error: String(error) });
        }
        return { allowed: true, limit: keyLimit, remaining: keyLimit, resetMs };
      }
    },
    async close() {
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
