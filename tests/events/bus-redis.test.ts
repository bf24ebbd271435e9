import type { Redis } from 'ioredis';
import { createEventBus, type StreamEvent, type EventBus } from '../../lib/events';
import { busBehaviour } from './support/bus-behaviour';
import { titleOf, workItemEvent } from './support/envelopes';
import { inspectRedis, randomKeyPrefix, silentLogger, testRedisUrl } from './support/redis';
import { freePort } from './support/redis-server';
import { waitFor } from './support/wait-for';
import { describeWithRedis } from '../testkit/services';
import { deleteRedisKeys } from '../testkit/redis-server';

const prefixes: string[] = [];

function redisBus(options: { retentionMs?: number } = {}): EventBus {
  const keyPrefix = randomKeyPrefix();
  prefixes.push(keyPrefix);
  return createEventBus({ redisUrl: testRedisUrl, keyPrefix, logger: silentLogger, ...options });
}

afterAll(async () => {
  for (const prefix of prefixes) await deleteRedisKeys(testRedisUrl, prefix);
});

describeWithRedis('the Redis Streams event bus', () => {
  busBehaviour(async () => redisBus());
});

describeWithRedis('the Redis Streams event bus, in Redis', () => {
  let redis: Redis;
  let bus: EventBus;
  let prefix: string;

  beforeEach(async () => {
    redis = inspectRedis();
    bus = redisBus();
    prefix = prefixes[prefixes.length - 1]!;
    await bus.ready();
  });

  afterEach(async () => {
    await bus.close();
    await redis.quit();
  });

  /** Drops the connections named `name`, as a network failure would. */
  async function killConnections(name: string): Promise<number> {
    const list = (await redis.call('CLIENT', 'LIST')) as string;
    const ids = list
      .split('\n')
      .filter((line) => line.includes(` name=${name} `))
      .map((line) => /^id=(\d+)/.exec(line)?.[1]);
    for (const id of ids) await redis.call('CLIENT', 'KILL', 'ID', id!);
    return ids.length;
  }

  it('stores each event under its stream key with envelope and type fields, and remembers its id for a day', async () => {
    const event = workItemEvent('stored');
    const entryId = await bus.publish('work-items', event);

    const entries = (await redis.xrange(`${prefix}events:work-items`, '-', '+')) as [string, string[]][];
    expect(entries).toEqual([[entryId, ['envelope', JSON.stringify(event), 'type', 'work_item.updated']]]);
    const ttl = await redis.ttl(`${prefix}events:published:${event.id}`);
    expect(ttl).toBeGreaterThan(86_000);
    expect(ttl).toBeLessThanOrEqual(86_400);
  });

  it('trims entries older than the retention period as new ones arrive', async () => {
    const shortLived = redisBus({ retentionMs: 50 });
    const key = `${prefixes[prefixes.length - 1]}events:work-items`;
    let published = 0;
    try {
      // Redis trims whole nodes of 100 entries (MINID ~), so keep publishing until one is old enough.
      await waitFor(async () => {
        for (let i = 0; i < 50; i++) await shortLived.publish('work-items', workItemEvent(`e${published++}`));
        return (await redis.xlen(key)) < published;
      });
    } finally {
      await shortLived.close();
    }
    expect(await redis.xlen(key)).toBeLessThan(published);
  });

  it('fails a publish at once while Redis is unreachable, rather than queueing it', async () => {
    const port = await freePort();
    const offline = createEventBus({ redisUrl: `redis://127.0.0.1:${port}`, keyPrefix: prefix, logger: silentLogger });
    try {
      await expect(offline.publish('work-items', workItemEvent('lost'))).rejects.toThrow();
    } finally {
      await offline.close();
    }
  });

  it('publishes right after creation, waiting for the first connection instead of failing', async () => {
    const fresh = redisBus();
    try {
      expect(await fresh.publish('work-items', workItemEvent('early'))).toMatch(/^\d+-\d+$/);
    } finally {
      await fresh.close();
    }
  });

  it('stops a consumer at once while Redis is unreachable', async () => {
    const port = await freePort();
    const offline = createEventBus({ redisUrl: `redis://127.0.0.1:${port}`, keyPrefix: prefix, logger: silentLogger });
    const consumer = offline.consume({ group: 'stranded', streams: ['work-items'], handle: async () => {} });
    const tail = offline.tail(['work-items'], () => {});
    await consumer.stop();
    await tail.close();
    await offline.close();
    await expect(consumer.started).resolves.toBeUndefined();
  });

  it('keeps tailing after its connection drops, from the last entry it saw', async () => {
    const seen: string[] = [];
    const tail = bus.tail(['work-items'], (event: StreamEvent) => seen.push(titleOf(event.envelope)));
    await tail.started;
    await bus.publish('work-items', workItemEvent('before'));
    await waitFor(() => seen.length === 1);

    expect(await killConnections(`${prefix}events:tail`)).toBe(1);
    await bus.publish('work-items', workItemEvent('during'));
    await bus.publish('work-items', workItemEvent('after'));
    await waitFor(() => seen.length === 3);
    await tail.close();
    expect(seen).toEqual(['before', 'during', 'after']);
  });

  it('keeps tailing from the last entry it saw after a read fails, so nothing published meanwhile is skipped', async () => {
    const warnings: string[] = [];
    const keyPrefix = randomKeyPrefix();
    prefixes.push(keyPrefix);
    const watched = createEventBus({
      redisUrl: testRedisUrl,
      keyPrefix,
      logger: { ...silentLogger, warn: (message) => void warnings.push(message) },
    });
    const seen: string[] = [];
    const tail = watched.tail(['work-items', 'projects'], (event) => seen.push(titleOf(event.envelope)));
    try {
      await tail.started;
      await watched.publish('work-items', workItemEvent('before'));
      await waitFor(() => seen.length === 1);
      // A key of another type where a stream is expected fails every read until it is gone.
      await redis.set(`${keyPrefix}events:projects`, 'not a stream');
      await waitFor(() => warnings.includes('event tail: read failed, resuming'), 10_000, 'a failed read');
      await watched.publish('work-items', workItemEvent('during'));
      await redis.del(`${keyPrefix}events:projects`);
      await watched.publish('work-items', workItemEvent('after'));
      await waitFor(() => seen.length === 3);
      expect(seen).toEqual(['before', 'during', 'after']);
    } finally {
      await tail.close();
      await watched.close();
    }
  });

  it('keeps consuming after its connection drops', async () => {
    const seen: string[] = [];
    const consumer = bus.consume({
      group: 'reconnecting',
      streams: ['work-items'],
      handle: async (event) => void seen.push(titleOf(event.envelope)),
    });
    await consumer.started;
    expect(await killConnections(`${prefix}events:consumer:reconnecting`)).toBe(1);
    await bus.publish('work-items', workItemEvent('after the drop'));
    await waitFor(() => seen.length === 1);
    await consumer.stop();
    expect(seen).toEqual(['after the drop']);
  });

  it('recreates its group and goes on when Redis lost the stream (a restart without persistence)', async () => {
    const seen: string[] = [];
    const consumer = bus.consume({
      group: 'forgetful',
      streams: ['work-items'],
      claimIdleMs: 200,
      handle: async (event) => void seen.push(titleOf(event.envelope)),
    });
    await bus.publish('work-items', workItemEvent('first'));
    await waitFor(() => seen.length === 1);

    await redis.del(`${prefix}events:work-items`, `${prefix}events:replay:forgetful`);
    await bus.publish('work-items', workItemEvent('second'));
    await waitFor(() => seen.length === 2);
    await consumer.stop();
    expect(seen).toEqual(['first', 'second']);
    const groups = (await redis.call('XINFO', 'GROUPS', `${prefix}events:work-items`)) as unknown[][];
    expect(groups.map((group) => group[1])).toEqual(['forgetful']);
  });

  it('skips an entry that is not an event, acknowledging it, and goes on with the next', async () => {
    const seen: string[] = [];
    const tailed: string[] = [];
    const tail = bus.tail(['work-items'], (event) => tailed.push(titleOf(event.envelope)));
    await tail.started;
    const consumer = bus.consume({
      group: 'strict',
      streams: ['work-items'],
      handle: async (event) => void seen.push(titleOf(event.envelope)),
    });
    await redis.xadd(`${prefix}events:work-items`, '*', 'envelope', '{not json', 'type', 'garbage');
    await bus.publish('work-items', workItemEvent('valid'));
    await waitFor(() => seen.length === 1 && tailed.length === 1);
    await consumer.stop();
    await tail.close();

    expect([seen, tailed]).toEqual([['valid'], ['valid']]);
    const [pending] = (await redis.call('XPENDING', `${prefix}events:work-items`, 'strict')) as [number];
    expect(pending).toBe(0);
  });

  it('stops a consumer blocked in a read at once', async () => {
    const consumer = bus.consume({
      group: 'idle',
      streams: ['work-items'],
      claimIdleMs: 60_000,
      handle: async () => {},
    });
    await consumer.started;
    await consumer.stop();
    expect(await killConnections(`${prefix}events:consumer:idle`)).toBe(0);
  });
});
