import type { Redis } from 'ioredis';
import { createEventBus, type EventBus } from '../../lib/events';
import { startChild, type Child } from './support/child-process';
import { countRows, createEventsDatabase, type EventsDatabase } from './support/database';
import { applyEffect } from './support/effects';
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

beforeAll(async () => {
  db = await createEventsDatabase();
  redis = inspectRedis();
  bus = createEventBus({ redisUrl: testRedisUrl, keyPrefix: prefix, logger: silentLogger });
  await bus.ready();
});

afterAll(async () => {
  child?.kill();
  await bus.close();
  await deleteKeys(testRedisUrl, prefix);
  await redis.quit();
  await db.drop();
});

itWithRedis(
  'applies the effect of an event exactly once when its consumer is killed after the effect and before XACK',
  async () => {
    child = startChild('consumer-process.ts', {
      REDIS_URL: testRedisUrl,
      KEY_PREFIX: prefix,
      DATABASE_URL: db.url,
      GROUP: 'notifications',
      CONSUMER: 'doomed',
    });
    await child.line('READY');
    const event = workItemEvent('assigned to you');
    await bus.publish('work-items', event);
    expect(await child.line('HANDLED')).toBe(`HANDLED ${event.id}`);
    expect(await child.exited).toBe('SIGKILL');

    const pending = (await redis.call('XPENDING', `${prefix}events:work-items`, 'notifications')) as unknown[];
    expect(pending[0]).toBe(1);
    expect(pending[3]).toEqual([['doomed', '1']]);

    const deliveries: { attempt: number; applied: boolean }[] = [];
    const survivor = bus.consume({
      group: 'notifications',
      consumer: 'survivor',
      streams: ['work-items'],
      claimIdleMs: 200,
      async handle(received, { attempt }) {
        deliveries.push({ attempt, applied: await applyEffect(db.pool, 'notifications', 'survivor', received) });
      },
    });
    await waitFor(async () => {
      const [count] = (await redis.call('XPENDING', `${prefix}events:work-items`, 'notifications')) as [number];
      return deliveries.length === 1 && count === 0;
    }, 10_000);
    await survivor.stop();

    expect(deliveries).toEqual([{ attempt: 2, applied: false }]);
    expect(
      await countRows(db.pool, 'SELECT count(*) FROM "work_items"."effects" WHERE "event_id" = $1', [event.id]),
    ).toBe(1);
    expect(
      await countRows(db.pool, 'SELECT count(*) FROM "work_items"."processed_events" WHERE "event_id" = $1', [
        event.id,
      ]),
    ).toBe(1);
    const { rows } = await db.pool.query('SELECT "note" FROM "work_items"."effects"');
    expect(rows).toEqual([{ note: 'doomed' }]);
  },
);
