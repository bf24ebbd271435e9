import { Redis } from 'ioredis';
import { createEventBus, startOutboxRelay, type Consumer, type OutboxRelay, type EventBus } from '../../lib/events';
import { commitEvents, countRows, createEventsDatabase, type EventsDatabase } from './support/database';
import { applyEffect } from './support/effects';
import { workItemEvent } from './support/envelopes';
import { silentLogger } from './support/redis';
import { startPrivateRedis, type PrivateRedis } from './support/redis-server';
import { waitFor } from './support/wait-for';
import { itWithRedisServer } from '../testkit/services';

jest.setTimeout(60_000);

let db: EventsDatabase;
let server: PrivateRedis;
let bus: EventBus;
let relay: OutboxRelay;
let consumer: Consumer;
const applied: string[] = [];

beforeAll(async () => {
  [db, server] = await Promise.all([createEventsDatabase(), startPrivateRedis()]);
  bus = createEventBus({ redisUrl: server.url, keyPrefix: 'restart:', logger: silentLogger });
  await bus.ready();
  relay = startOutboxRelay({
    databaseUrl: db.url,
    schema: 'work_items',
    bus,
    logger: silentLogger,
    pollIntervalMs: 200,
  });
  consumer = bus.consume({
    group: 'search-index',
    streams: ['work-items'],
    claimIdleMs: 1_000,
    async handle(event) {
      if (await applyEffect(db.pool, 'search-index', 'in-process', event)) applied.push(event.envelope.id);
    },
  });
  await consumer.started;
});

afterAll(async () => {
  await consumer?.stop();
  await relay?.stop();
  await bus?.close();
  await server?.remove();
  await db?.drop();
});

itWithRedisServer(
  'publishes and handles exactly once every event committed before, during and after a Redis restart',
  async () => {
    const before = [workItemEvent('before 1'), workItemEvent('before 2'), workItemEvent('before 3')];
    await commitEvents(db.pool, 'work_items', before);
    await waitFor(() => applied.length === 3, 10_000, 'the events before the restart');

    await server.shutdown();
    const during = [workItemEvent('during 1'), workItemEvent('during 2')];
    await commitEvents(db.pool, 'work_items', during.slice(0, 1));
    await commitEvents(db.pool, 'work_items', during.slice(1));
    // They wait in the outbox: the relay has tried, failed and recorded it.
    await waitFor(
      () =>
        countRows(
          db.pool,
          'SELECT count(*) FROM "work_items"."outbox" WHERE "published_at" IS NULL AND "attempts" > 0',
        ),
      10_000,
      'a failed publish attempt',
    );
    expect(await countRows(db.pool, 'SELECT count(*) FROM "work_items"."outbox" WHERE "published_at" IS NULL')).toBe(2);

    await server.restart();
    const after = [workItemEvent('after 1')];
    await commitEvents(db.pool, 'work_items', after);
    const all = [...before, ...during, ...after].map((event) => event.id);
    await waitFor(() => applied.length === all.length, 20_000, 'every event handled after the restart');

    expect([...applied].sort()).toEqual([...all].sort());
    expect(await countRows(db.pool, 'SELECT count(*) FROM "work_items"."effects"')).toBe(all.length);
    expect(await countRows(db.pool, 'SELECT count(*) FROM "work_items"."outbox" WHERE "published_at" IS NULL')).toBe(0);
    const redis = new Redis(server.url, { protocol: 2 });
    try {
      expect(await redis.xlen('restart:events:work-items')).toBe(all.length);
      await waitFor(async () => {
        const [pending] = (await redis.call('XPENDING', 'restart:events:work-items', 'search-index')) as [number];
        return pending === 0;
      });
    } finally {
      await redis.quit();
    }
  },
);
