import type { PersistedQueryOptions } from '@apollo/server';
import type { Logger } from '../../lib/logger';
import { createRedisQueryCache } from './redis-cache';

export { extensionsOfSearch, persistedQueryRefusal } from './request-check';

/**
 * Automatic persisted queries: in Redis with a Redis URL, shared by every router; otherwise in
 * Apollo Server's own bounded in-memory cache (about 30 MiB, least recently used first out).
 */
export function persistedQueriesOf(options: {
  redisUrl?: string;
  redisKeyPrefix?: string;
  ttlSeconds: number;
  logger: Logger;
}): { config: PersistedQueryOptions; close(): Promise<void> } {
  if (!options.redisUrl) return { config: { ttl: options.ttlSeconds }, close: async () => {} };
  const cache = createRedisQueryCache(options.redisUrl, options.redisKeyPrefix ?? 'workgraph:', options.logger);
  return { config: { cache, ttl: options.ttlSeconds }, close: () => cache.close() };
}
