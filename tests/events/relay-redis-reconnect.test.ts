import { createEventBus, startOutboxRelay, type EventBus, type OutboxRelay } from '../../lib/events';
import { itWithRedisServer } from '../testkit/services';
import { commitEvents, countRows, createEventsDatabase, type EventsDatabase } from './support/database';
import { workItemEvent } from './support/envelopes';
import { silentLogger } from './support/redis';
import { startPrivateRedis, type PrivateRedis } from './support/redis-server';
import { waitFor } from './support/wait-for';

jest.setTimeout(60_000);

let db: EventsDatabase;
let server: PrivateRedis;
let bus: EventBus;
let relay: OutboxRelay;

beforeAll(async () => {
  [db, server] = await Promise.all([createEventsDatabase(), startPrivateRedis()]);
  bus = createEventBus({ redisUrl: server.url, keyPrefix: 'reconnect:', logger: silentLogger });
  await bus.ready();
  // The default poll interval, so the backoff is the production one: 250 ms doubling up to 30 s.
  relay = startOutboxRelay({ databaseUrl: db.url, schema: 'work_items', bus, logger: silentLogger });
});

afterAll(async () => {
  await relay?.stop();
  await bus?.close();
  await server?.remove();
  await db?.drop();
});

const failedAttempts = () =>
  countRows(
    db.pool,
    'SELECT coalesce(max("attempts"), 0) AS count FROM "work_items"."outbox" WHERE "published_at" IS NULL',
  );

itWithRedisServer(
  'publishes what waited in the outbox within moments of Redis coming back, not at the end of its backoff',
  async () => {
    await server.shutdown();
    await commitEvents(db.pool, 'work_items', [workItemEvent('held back')]);
    // Seven failures 0.25, 0.5, 1, 2, 4 and 8 s apart: the backoff now waits 16 s before the next try.
    await waitFor(async () => (await failedAttempts()) >= 7, 30_000, 'seven failed publish attempts');

    await server.restart();
    await waitFor(
      () => countRows(db.pool, 'SELECT count(*) FROM "work_items"."outbox" WHERE "published_at" IS NOT NULL'),
      5_000,
      'the held-back event published after the reconnection',
    );
    expect(await failedAttempts()).toBe(0);
  },
);
