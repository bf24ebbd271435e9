import type { Redis } from 'ioredis';
import { createEventBus, type EventBus } from '../../../lib/events';
import { createEventsDatabase, type EventsDatabase } from './database';
import { inspectRedis, randomKeyPrefix, silentLogger, testRedisUrl } from './redis';
import { deleteRedisKeys } from '../../testkit/redis-server';

export interface RedisEventsFixture {
  /** This file's own key prefix; set at once. */
  prefix: string;
  /** Set in beforeAll. */
  db: EventsDatabase;
  bus: EventBus;
  /** A plain connection for looking at what the bus wrote. */
  redis: Redis;
}

/**
 * A database of the file's own with the outbox tables, and a Redis bus under a key prefix of its
 * own: made before the file's tests, removed after them.
 */
export function useRedisEventsFixture(): RedisEventsFixture {
  const fixture = { prefix: randomKeyPrefix() } as RedisEventsFixture;
  beforeAll(async () => {
    fixture.db = await createEventsDatabase();
    fixture.redis = inspectRedis();
    fixture.bus = createEventBus({ redisUrl: testRedisUrl, keyPrefix: fixture.prefix, logger: silentLogger });
    await fixture.bus.ready();
  });
  afterAll(async () => {
    await fixture.bus?.close();
    await deleteRedisKeys(testRedisUrl, fixture.prefix);
    await fixture.redis?.quit();
    await fixture.db?.drop();
  });
  return fixture;
}
