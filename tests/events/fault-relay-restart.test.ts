import type { Redis } from 'ioredis';
import { createEventBus, startOutboxRelay, type EventBus } from '../../lib/events';
import { startChild, type Child } from './support/child-process';
import { commitEvents, countRows, createEventsDatabase, type EventsDatabase } from './support/database';
import { workItemEvent } from './support/envelopes';
import { deleteKeys, inspectRedis, randomKeyPrefix, silentLogger, testRedisUrl } from './support/redis';
import { waitFor } from './support/wait-for';
import { itWithRedis } from '../testkit/services';

jest.setTimeout(60_000);

let db: EventsDatabase;
let redis: Redis;
let bus: EventBus;
let child: Child | undefined;
const prefix = randomKeyPrefix();
const streamKey = `${prefix}events:work-items`;

beforeAll(async () => {
  db = await createEventsDatabase();
  redis = inspectRedis();
  bus = createEventBus({ redisUrl: testRedisUrl, keyPrefix: prefix, logger: silentLogger });
  await bus.ready();
});

afterEach(async () => {
  await db.pool.query('TRUNCATE "work_items"."outbox"');
  await redis.del(streamKey);
});

afterAll(async () => {
  child?.kill();
  await bus.close();
  await deleteKeys(testRedisUrl, prefix);
  await redis.quit();
  await db.drop();
});

const relayOptions = () => ({ databaseUrl: db.url, schema: 'work_items' as const, bus, logger: silentLogger });
const unpublished = () => countRows(db.pool, 'SELECT count(*) FROM "work_items"."outbox" WHERE "published_at" IS NULL');

itWithRedis('publishes an event committed while the relay was stopped once a relay starts again', async () => {
  const before = startOutboxRelay(relayOptions());
  await commitEvents(db.pool, 'work_items', [workItemEvent('while running')]);
  await waitFor(async () => (await redis.xlen(streamKey)) === 1);
  await before.stop();

  await commitEvents(db.pool, 'work_items', [workItemEvent('while stopped')]);
  expect(await unpublished()).toBe(1);
  const after = startOutboxRelay(relayOptions());
  try {
    await waitFor(async () => (await unpublished()) === 0);
  } finally {
    await after.stop();
  }
  expect(await redis.xlen(streamKey)).toBe(2);
});

itWithRedis(
  'publishes an event exactly once when the relay is killed after XADD and before marking it published',
  async () => {
    const event = workItemEvent('half sent');
    await commitEvents(db.pool, 'work_items', [event]);
    child = startChild('relay-process.ts', { REDIS_URL: testRedisUrl, KEY_PREFIX: prefix, DATABASE_URL: db.url });
    await child.line('PUBLISHED');
    expect(await child.exited).toBe('SIGKILL');
    expect(await redis.xlen(streamKey)).toBe(1);
    expect(await unpublished()).toBe(1);

    const restarted = startOutboxRelay(relayOptions());
    try {
      await restarted.flush();
    } finally {
      await restarted.stop();
    }
    expect(await unpublished()).toBe(0);
    const entries = (await redis.xrange(streamKey, '-', '+')) as [string, string[]][];
    expect(entries.map(([, fields]) => JSON.parse(fields[1]!).id)).toEqual([event.id]);
  },
);
