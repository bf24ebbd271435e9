import { Redis } from 'ioredis';
import { answerWithin, backstopTimeoutMs } from '../../lib/answer-within';
import type { Logger } from '../../lib/logger';
import type { RateLimiter, RateLimitOptions, RateLimitReservation } from './types';

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
    commandTimeout: backstopTimeoutMs,
    connectTimeout: 2000,
  });
  let lastWarning = 0;
  const warn = (message: string, error: unknown) => {
    if (now() - lastWarning > 10_000) {
      lastWarning = now();
      logger.warn(message, { error: error instanceof Error ? error.message : String(error) });
    }
  };
  redis.on('error', (error: Error) => warn('rate limiter: redis unavailable', error));
  const nothing = async () => {};
  async function reserve(key: string, keyLimit = limit): Promise<RateLimitReservation> {
    const time = now();
    const window = Math.floor(time / windowMs);
    const resetMs = (window + 1) * windowMs - time;
    const redisKey = `${keyPrefix}${window}:${key}`;
    try {
      const results = await answerWithin(redis.multi().incr(redisKey).pexpire(redisKey, windowMs).exec(), 500);
      const count = Number(results?.[0]?.[1] ?? 0);
      return {
        decision: { allowed: count <= keyLimit, limit: keyLimit, remaining: Math.max(0, keyLimit - count), resetMs },
        // The key names the window: a release after it ended decrements a key nobody reads again,
        // which expires like the others.
        release: () =>
          redis
            .multi()
            .decr(redisKey)
            .pexpire(redisKey, windowMs)
            .exec()
            .then(nothing, (error: unknown) => warn('rate limiter: release failed', error)),
      };
    } catch (error) {
      warn('rate limiter: counting failed, request allowed', error);
      return { decision: { allowed: true, limit: keyLimit, remaining: keyLimit, resetMs }, release: nothing };
    }
  }
  return {
    ready: () =>
      redis.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => redis.once('ready', () => resolve())),
    reserve,
    hit: async (key, keyLimit) => (await reserve(key, keyLimit)).decision,
    async close() {
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
