import type { PersistedQueryOptions } from '@apollo/server';
import type { Logger } from '../../lib/logger';
import { closeRedis, connectRedis } from '../../lib/events/redis-connection';
import { throttledWarning } from '../../lib/events/throttled-log';

export type QueryCache = NonNullable<PersistedQueryOptions['cache']>;

/**
 * Persisted queries in Redis, shared by every router, each key expiring `ttl` seconds after it was
 * stored. While Redis is unreachable a lookup finds nothing (the client then sends the query text
 * and is served) and a store is skipped: an outage of the cache is never an outage of the API.
 */
export function createRedisQueryCache(
  redisUrl: string,
  keyPrefix: string,
  logger: Logger,
): QueryCache & { close(): Promise<void> } {
  const redis = connectRedis(redisUrl, 'commands', logger, `${keyPrefix}router:persisted-queries`);
  // Apollo Server adds `apq:` to every key.
  const prefix = `${keyPrefix}router:`;
  const throttled = throttledWarning(logger);
  const warn = (action: string, error: unknown) =>
    throttled(`persisted queries: redis ${action} failed`, {
      error: error instanceof Error ? error.message : String(error),
    });
  return {
    async get(key) {
      try {
        return (await redis.get(prefix + key)) ?? undefined;
      } catch (error) {
        warn('lookup', error);
        return undefined;
      }
    },
    async set(key, value, options) {
      try {
        if (options?.ttl) await redis.set(prefix + key, value, 'EX', options.ttl);
        else await redis.set(prefix + key, value);
      } catch (error) {
        warn('store', error);
      }
    },
    async delete(key) {
      return (await redis.del(prefix + key)) > 0;
    },
    close: () => closeRedis(redis),
  };
}
