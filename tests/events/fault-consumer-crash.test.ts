import { startChild, type Child } from './support/child-process';
import { countRows } from './support/database';
import { applyEffect } from './support/effects';
import { workItemEvent } from './support/envelopes';
import { testRedisUrl } from './support/redis';
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

itWithRedis(
  'applies the effect of an event exactly once when its consumer is killed after the effect and before XACK',
  async () => {
    child = startChild('consumer-process.ts', {
      REDIS_URL: testRedisUrl,
      KEY_PREFIX: prefix,
      DATABASE_URL: fx.db.url,
      GROUP: 'notifications',
      CONSUMER: 'doomed',
    });
    await child.line('READY');
    const event = workItemEvent('assigned to you');
    await fx.bus.publish('work-items', event);
    expect(await child.line('HANDLED')).toBe(`HANDLED ${event.id}`);
    expect(await child.exited).toBe('SIGKILL');

    const pending = (await fx.redis.call('XPENDING', `${prefix}events:work-items`, 'notifications')) as unknown[];
    expect(pending[0]).toBe(1);
    expect(pending[3]).toEqual([['doomed', '1']]);

    const deliveries: { attempt: number; applied: boolean }[] = [];
    const survivor = fx.bus.consume({
      group: 'notifications',
      consumer: 'survivor',
      streams: ['work-items'],
      claimIdleMs: 200,
      async handle(received, { attempt }) {
        deliveries.push({ attempt, applied: await applyEffect(fx.db.pool, 'notifications', 'survivor', received) });
      },
    });
    await waitFor(async () => {
      const [count] = (await fx.redis.call('XPENDING', `${prefix}events:work-items`, 'notifications')) as [number];
      return deliveries.length === 1 && count === 0;
    }, 10_000);
    await survivor.stop();

    expect(deliveries).toEqual([{ attempt: 2, applied: false }]);
    expect(
      await countRows(fx.db.pool, 'SELECT count(*) FROM "work_items"."effects" WHERE "event_id" = $1', [event.id]),
    ).toBe(1);
    expect(
      await countRows(fx.db.pool, 'SELECT count(*) FROM "work_items"."processed_events" WHERE "event_id" = $1', [
        event.id,
      ]),
    ).toBe(1);
    const { rows } = await fx.db.pool.query('SELECT "note" FROM "work_items"."effects"');
    expect(rows).toEqual([{ note: 'doomed' }]);
  },
);
