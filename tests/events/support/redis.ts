import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createLogger } from '../../../lib/logger';

/** The suite's Redis; tests that use it run under describeWithRedis / itWithRedis. */
export const testRedisUrl = process.env.WORKGRAPH_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const silentLogger = createLogger('events-test', 'silent');

/** A key prefix of its own for each test file, so files share one Redis without seeing each other. */
export function randomKeyPrefix(): string {
  return `wgtest:${randomBytes(6).toString('hex')}:`;
}

export async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { protocol: 2 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}

/** A plain connection for looking at what the bus wrote. */
export function inspectRedis(redisUrl = testRedisUrl): Redis {
  return new Redis(redisUrl, { protocol: 2 });
}
