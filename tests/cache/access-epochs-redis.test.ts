import { randomBytes, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { redisEpochs } from '../../lib/cache/epochs';
import { accessEpochKey, createProjectAccessCache } from '../../lib/cache/project-access-cache';
import { closeRedis, connectRedis } from '../../lib/events/redis-connection';
import { createLogger } from '../../lib/logger';
import type { ProjectAccess, ProjectUserKey } from '../../lib/server/project-access-loader';
import { resolveTestRedisUrl } from '../testkit/redis-server';

const logger = createLogger('access-epochs-test', 'silent');

/** What projects would answer, counting how often it is asked. */
function projectsAnswering(access: ProjectAccess) {
  const asked = { calls: 0 };
  const fetch = async (keys: readonly ProjectUserKey[]) => {
    asked.calls += 1;
    return keys.map(() => ({ ...access }));
  };
  return { asked, fetch };
}

async function ready(redis: Redis): Promise<Redis> {
  if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
  return redis;
}

describe('access epochs in Redis', () => {
  const connections: Redis[] = [];
  afterEach(async () => {
    await Promise.all(connections.splice(0).map(closeRedis));
  });

  it('lets a cache in one process see a bump made by another (skipped when Redis is not running)', async () => {
    const url = await resolveTestRedisUrl();
    if (!url) return;
    const prefix = `wg-test:epochs:${randomBytes(6).toString('hex')}:`;
    const [one, two] = await Promise.all(
      ['one', 'two'].map((name) => ready(connectRedis(url, 'commands', logger, `${prefix}${name}`))),
    );
    connections.push(one!, two!);
    const organizationId = randomUUID();
    const key = { projectId: randomUUID(), userId: randomUUID() };
    const projects = projectsAnswering({ projectKey: 'WEB', organizationId, role: 'MEMBER', archived: false });
    const cache = createProjectAccessCache(redisEpochs(one!, prefix));

    for (let i = 0; i < 4; i++)
      expect(await cache.resolve([key], projects.fetch)).toEqual([expect.objectContaining({ role: 'MEMBER' })]);
    expect(projects.asked.calls).toBe(2);

    await redisEpochs(two!, prefix).bump(accessEpochKey(organizationId));
    await cache.resolve([key], projects.fetch);
    expect(projects.asked.calls).toBe(3);
    await cache.resolve([key], projects.fetch);
    expect(projects.asked.calls).toBe(3);
  });

  it('asks projects every time while Redis cannot be reached', async () => {
    const unreachable = connectRedis('redis://127.0.0.1:1', 'commands', logger, 'wg-test:unreachable');
    connections.push(unreachable);
    const cache = createProjectAccessCache(redisEpochs(unreachable, 'wg-test:unreachable:'));
    const key = { projectId: randomUUID(), userId: randomUUID() };
    const projects = projectsAnswering({
      projectKey: 'WEB',
      organizationId: randomUUID(),
      role: 'ADMIN',
      archived: false,
    });
    for (let i = 0; i < 3; i++) await cache.resolve([key], projects.fetch);
    expect(projects.asked.calls).toBe(3);
  });

  it('stops trusting what it cached once its Redis connection is lost (skipped when Redis is not running)', async () => {
    const url = await resolveTestRedisUrl();
    if (!url) return;
    const prefix = `wg-test:epochs:${randomBytes(6).toString('hex')}:`;
    const redis = await ready(connectRedis(url, 'commands', logger, `${prefix}lost`));
    connections.push(redis);
    const cache = createProjectAccessCache(redisEpochs(redis, prefix));
    const key = { projectId: randomUUID(), userId: randomUUID() };
    const projects = projectsAnswering({
      projectKey: 'WEB',
      organizationId: randomUUID(),
      role: 'ADMIN',
      archived: false,
    });
    for (let i = 0; i < 3; i++) await cache.resolve([key], projects.fetch);
    expect(projects.asked.calls).toBe(2);
    redis.disconnect();
    await cache.resolve([key], projects.fetch);
    expect(projects.asked.calls).toBe(3);
  });
});
