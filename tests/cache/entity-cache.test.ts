import { randomBytes, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { startAccessEpochConsumer } from '../../lib/cache/access-epoch-consumer';
import { cachedByIdLoader, createEntityCache, entityEpochKey } from '../../lib/cache/entity-cache';
import { memoryEpochs, redisEpochs, unknownEpochs } from '../../lib/cache/epochs';
import { createEvent } from '../../lib/events/envelope';
import { createMemoryEventBus } from '../../lib/events/memory-bus';
import { closeRedis, connectRedis } from '../../lib/events/redis-connection';
import { createLogger } from '../../lib/logger';
import { waitFor } from '../events/support/wait-for';
import { resolveTestRedisUrl } from '../testkit/redis-server';

const logger = createLogger('entity-cache-test', 'silent');

interface Row {
  id: string;
  name: string;
}

/** The database as the cache's source: rows by id, counting what it is asked. */
function tableOf(...rows: Row[]) {
  const table = new Map(rows.map((row) => [row.id, { ...row }]));
  const asked: string[][] = [];
  const fetch = async (ids: readonly string[]) => {
    asked.push([...ids]);
    return ids.map((id) => {
      const row = table.get(id);
      return row ? { ...row } : null;
    });
  };
  return { table, asked, fetch };
}

describe('the entity cache', () => {
  it('asks its source only for the rows it does not hold, in one call per batch', async () => {
    const db = tableOf({ id: 'a', name: 'Ada' }, { id: 'b', name: 'Bo' });
    const cache = createEntityCache<Row>(memoryEpochs(), 'User');
    expect(await cache.resolve(['a'], db.fetch)).toEqual([{ id: 'a', name: 'Ada' }]);
    expect(await cache.resolve(['a', 'b'], db.fetch)).toEqual([
      { id: 'a', name: 'Ada' },
      { id: 'b', name: 'Bo' },
    ]);
    expect(await cache.resolve(['b', 'a'], db.fetch)).toEqual([
      { id: 'b', name: 'Bo' },
      { id: 'a', name: 'Ada' },
    ]);
    expect(db.asked).toEqual([['a'], ['b']]);
  });

  it('reads a changed row again, and only that one, once the change is announced', async () => {
    const db = tableOf({ id: 'a', name: 'Ada' }, { id: 'b', name: 'Bo' });
    const cache = createEntityCache<Row>(memoryEpochs(), 'User');
    await cache.resolve(['a', 'b'], db.fetch);
    db.table.set('a', { id: 'a', name: 'Ada Lovelace' });
    expect(await cache.resolve(['a'], db.fetch)).toEqual([{ id: 'a', name: 'Ada' }]);

    await cache.changed('a');
    expect(await cache.resolve(['a', 'b'], db.fetch)).toEqual([
      { id: 'a', name: 'Ada Lovelace' },
      { id: 'b', name: 'Bo' },
    ]);
    expect(db.asked).toEqual([['a', 'b'], ['a']]);
  });

  it('never keeps "not found", so a row created later is found at once', async () => {
    const db = tableOf();
    const cache = createEntityCache<Row>(memoryEpochs(), 'Project');
    expect(await cache.resolve(['new'], db.fetch)).toEqual([null]);
    db.table.set('new', { id: 'new', name: 'New' });
    expect(await cache.resolve(['new'], db.fetch)).toEqual([{ id: 'new', name: 'New' }]);
  });

  it('gives every caller its own copy, so one request writing on a row cannot change what another reads', async () => {
    const db = tableOf({ id: 'a', name: 'Ada' });
    const cache = createEntityCache<Row>(memoryEpochs(), 'User');
    const [first] = await cache.resolve(['a'], db.fetch);
    Object.assign(first!, { name: 'scribbled', __typename: 'User' });
    expect(await cache.resolve(['a'], db.fetch)).toEqual([{ id: 'a', name: 'Ada' }]);
  });

  it('keeps nothing when the epochs cannot be read (a process of its own without Redis)', async () => {
    const db = tableOf({ id: 'a', name: 'Ada' });
    const loader = () => cachedByIdLoader(createEntityCache<Row>(unknownEpochs, 'User'), db.fetch);
    const cache = createEntityCache<Row>(unknownEpochs, 'User');
    for (let i = 0; i < 3; i++) await cache.resolve(['a'], db.fetch);
    expect(await loader().load('a')).toEqual({ id: 'a', name: 'Ada' });
    expect(db.asked).toHaveLength(4);
  });

  it("batches a request's loads into one resolve, and without a cache asks the source directly", async () => {
    const db = tableOf({ id: 'a', name: 'Ada' }, { id: 'b', name: 'Bo' });
    const cached = cachedByIdLoader(createEntityCache<Row>(memoryEpochs(), 'User'), db.fetch);
    expect(await Promise.all([cached.load('a'), cached.load('b'), cached.load('c')])).toEqual([
      { id: 'a', name: 'Ada' },
      { id: 'b', name: 'Bo' },
      null,
    ]);
    expect(await cachedByIdLoader(undefined, db.fetch).load('a')).toEqual({ id: 'a', name: 'Ada' });
    expect(db.asked).toEqual([['a', 'b', 'c'], ['a']]);
  });

  it('drops a project when its project.updated event arrives, for a writer that died before its own bump', async () => {
    const bus = createMemoryEventBus({ logger });
    const consumer = startAccessEpochConsumer(bus);
    try {
      await consumer.started;
      const db = tableOf({ id: randomUUID(), name: 'Web' });
      const [project] = [...db.table.values()];
      const cache = createEntityCache<Row>(bus.epochs, 'Project');
      await cache.resolve([project!.id], db.fetch);
      const [before] = (await bus.epochs.read([entityEpochKey('Project', project!.id)]))!;

      db.table.set(project!.id, { id: project!.id, name: 'Website' });
      await bus.publish(
        'projects',
        createEvent({
          type: 'project.updated',
          actorId: randomUUID(),
          organizationId: randomUUID(),
          projectId: project!.id,
          aggregateId: project!.id,
          payload: {
            project: { id: project!.id, organizationId: randomUUID(), key: 'WEB', name: 'Website' },
            changedFields: ['name'],
          },
        }),
      );
      await waitFor(
        async () => (await bus.epochs.read([entityEpochKey('Project', project!.id)]))![0]! > before!,
        20_000,
      );
      expect(await cache.resolve([project!.id], db.fetch)).toEqual([{ id: project!.id, name: 'Website' }]);
    } finally {
      await consumer.stop();
      await bus.close();
    }
  });
});

describe('the entity cache on Redis', () => {
  const connections: Redis[] = [];
  afterEach(async () => {
    await Promise.all(connections.splice(0).map(closeRedis));
  });

  it('lets a rename committed by one replica show in another on its next read (skipped when Redis is not running)', async () => {
    const url = await resolveTestRedisUrl();
    if (!url) return;
    const prefix = `wg-test:entities:${randomBytes(6).toString('hex')}:`;
    const [one, two] = await Promise.all(
      ['one', 'two'].map(async (name) => {
        const redis = connectRedis(url, 'commands', logger, `${prefix}${name}`);
        if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
        return redis;
      }),
    );
    connections.push(one!, two!);
    const db = tableOf({ id: randomUUID(), name: 'Mo' });
    const [user] = [...db.table.values()];
    const reader = createEntityCache<Row>(redisEpochs(one!, prefix), 'User');
    const writer = createEntityCache<Row>(redisEpochs(two!, prefix), 'User');
    for (let i = 0; i < 3; i++) expect(await reader.resolve([user!.id], db.fetch)).toEqual([user]);
    expect(db.asked).toHaveLength(1);

    db.table.set(user!.id, { id: user!.id, name: 'Mo Renamed' });
    await writer.changed(user!.id);
    expect(await reader.resolve([user!.id], db.fetch)).toEqual([{ id: user!.id, name: 'Mo Renamed' }]);
    expect(db.asked).toHaveLength(2);
  });
});
