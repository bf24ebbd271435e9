import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisConnectionSlots, type ConnectionSlots } from '../../router/subscriptions/connection-slots';
import { describeWithRedis } from '../testkit';
import { deleteRedisKeys } from '../testkit/redis-server';
import { createLogger } from '../../lib/logger';

const redisUrl = process.env.WORKGRAPH_TEST_REDIS_URL ?? '';
const logger = createLogger('connection-slots-test', 'error');

describeWithRedis('Connection slots shared through Redis', () => {
  const keyPrefix = `wg-test:${randomUUID()}:`;
  const opened: ConnectionSlots[] = [];
  const slots = (leaseMs?: number) => {
    const created = redisConnectionSlots({ redisUrl, keyPrefix, max: 2, logger, leaseMs });
    opened.push(created);
    return created;
  };
  afterAll(async () => {
    await Promise.all(opened.map((created) => created.close()));
    await deleteRedisKeys(redisUrl, keyPrefix);
  });

  it('let a user hold at most the maximum across every router, and a released slot be taken again', async () => {
    const [routerA, routerB] = [slots(), slots()];
    const userId = randomUUID();
    expect(await routerA.acquire(userId, 'a1')).toBe(true);
    expect(await routerB.acquire(userId, 'b1')).toBe(true);
    expect(await routerB.acquire(userId, 'b2')).toBe(false);
    expect(await routerA.acquire(randomUUID(), 'other user')).toBe(true);
    routerA.release(userId, 'a1');
    const deadline = Date.now() + 2000;
    while (!(await routerB.acquire(userId, 'b2'))) {
      if (Date.now() > deadline) throw new Error('The released slot was not given back.');
    }
  });

  it('free the slots of a router that stopped renewing them once their lease runs out', async () => {
    const userId = randomUUID();
    // A router that died holding both slots: leases that were never renewed, expiring in 300 ms.
    const redis = new Redis(redisUrl);
    try {
      const key = `${keyPrefix}router:ws-connections:${userId}`;
      await redis.zadd(key, Date.now() + 300, 'dead-1', Date.now() + 300, 'dead-2');
    } finally {
      redis.disconnect();
    }
    const survivor = slots();
    expect(await survivor.acquire(userId, 'new')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await survivor.acquire(userId, 'new')).toBe(true);
  });

  it("keep a live router's slots held past the lease by renewing them", async () => {
    const userId = randomUUID();
    const [live, other] = [slots(1000), slots(1000)];
    expect(await live.acquire(userId, 'one')).toBe(true);
    expect(await live.acquire(userId, 'two')).toBe(true);
    // Two and a half leases: renewed every third of one, both slots are still held.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await other.acquire(userId, 'three')).toBe(false);
  });
});
