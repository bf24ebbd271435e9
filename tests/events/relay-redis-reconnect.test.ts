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
  // A backoff far longer than the test: only the reconnection can explain a prompt publish.
  relay = startOutboxRelay({
    databaseUrl: db.url,
    schema: 'work_items',
    bus,
    logger: silentLogger,
    backoff: { initialMs: 10 * 60_000, maxMs: 10 * 60_000 },
  });
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

/** A bus that is down leaves `ready()` pending past the current turn of the event loop. */
const busLooksReady = () =>
  Promise.race([bus.ready().then(() => true), new Promise<boolean>((resolve) => setImmediate(() => resolve(false)))]);

itWithRedisServer(
  'publishes what waited in the outbox within moments of Redis coming back, not at the end of its backoff',
  async () => {
    await server.shutdown();
    await waitFor(async () => !(await busLooksReady()), 5_000, 'the bus to notice Redis is gone');
    await commitEvents(db.pool, 'work_items', [workItemEvent('held back')]);
    await waitFor(async () => (await failedAttempts()) >= 1, 10_000, 'a failed publish attempt');
    // The backoff now holds the next try back for ten minutes.

    await server.restart();
    await waitFor(
      () => countRows(db.pool, 'SELECT count(*) FROM "work_items"."outbox" WHERE "published_at" IS NOT NULL'),
      5_000,
      'the held-back event published after the reconnection',
    );
    expect(await failedAttempts()).toBe(0);
  },
);
