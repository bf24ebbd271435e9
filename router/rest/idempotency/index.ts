import { createMemoryIdempotencyStore } from './memory-store';
import { createRedisIdempotencyStore } from './redis-store';
import type { IdempotencyStore } from './store';

export type { IdempotencyStore, StoredResponse } from './store';

/** Like the rate limiter: shared through Redis when the router has REDIS_URL, per process otherwise. */
export function createIdempotencyStore(options: { redisUrl?: string; keyPrefix?: string }): IdempotencyStore {
  return options.redisUrl
    ? createRedisIdempotencyStore(options.redisUrl, { keyPrefix: options.keyPrefix })
    : createMemoryIdempotencyStore();
}
