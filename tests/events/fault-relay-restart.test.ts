import { startOutboxRelay } from '../../lib/events';
import { startChild, type Child } from './support/child-process';
import { commitEvents, countRows } from './support/database';
import { workItemEvent } from './support/envelopes';
import { silentLogger, testRedisUrl } from './support/redis';
import { useRedisEventsFixture } from './support/redis-fixture';
import { waitFor } from './support/wait-for';
import { itWithRedis } from '../testkit/services';

jest.setTimeout(60_000);

let child: Child | undefined;
// Declared before the fixture, so the child is gone before its database and keys are.
afterAll(async () => {
  child?.kill();
});
const fx = useRedisEventsFixture();
const { prefix } = fx;
const streamKey = `${prefix}events:work-items`;

afterEach(async () => {
  await fx.db.pool.query('TRUNCATE "work_items"."outbox"');
  await fx.redis.del(streamKey);
});

const relayOptions = () => ({
  databaseUrl: fx.db.url,
  schema: 'work_items' as const,
  bus: fx.bus,
  logger: silentLogger,
});
const unpublished = () =>
  countRows(fx.db.pool, 'SELECT count(*) FROM "work_items"."outbox" WHERE "published_at" IS NULL');

itWithRedis('publishes an event committed while the relay was stopped once a relay starts again', async () => {
  const before = startOutboxRelay(relayOptions());
  await commitEvents(fx.db.pool, 'work_items', [workItemEvent('while running')]);
  await waitFor(async () => (await fx.redis.xlen(streamKey)) === 1);
  await before.stop();

  await commitEvents(fx.db.pool, 'work_items', [workItemEvent('while stopped')]);
  expect(await unpublished()).toBe(1);
  const after = startOutboxRelay(relayOptions());
  try {
    await waitFor(async () => (await unpublished()) === 0);
  } finally {
    await after.stop();
  }
  expect(await fx.redis.xlen(streamKey)).toBe(2);
});

itWithRedis(
  'publishes an event exactly once when the relay is killed after XADD and before marking it published',
  async () => {
    const event = workItemEvent('half sent');
    await commitEvents(fx.db.pool, 'work_items', [event]);
    child = startChild('relay-process.ts', { REDIS_URL: testRedisUrl, KEY_PREFIX: prefix, DATABASE_URL: fx.db.url });
    await child.line('PUBLISHED');
    expect(await child.exited).toBe('SIGKILL');
    expect(await fx.redis.xlen(streamKey)).toBe(1);
    expect(await unpublished()).toBe(1);

    const restarted = startOutboxRelay(relayOptions());
    try {
      await restarted.flush();
    } finally {
      await restarted.stop();
    }
    expect(await unpublished()).toBe(0);
    const entries = (await fx.redis.xrange(streamKey, '-', '+')) as [string, string[]][];
    expect(entries.map(([, fields]) => JSON.parse(fields[1]!).id)).toEqual([event.id]);
  },
);
