import { Redis } from 'ioredis';

const machineRedis = 'redis://127.0.0.1:6379';

/** REDIS_URL when set, else the machine's Redis if it answers, else none (the in-process bus). */
export async function resolveTestRedisUrl(): Promise<string | undefined> {
  // As on a bare machine: the in-process bus, and the tests that need Redis skipped.
  if (process.env.WORKGRAPH_TEST_NO_REDIS === '1') return undefined;
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  const probe = new Redis(machineRedis, { lazyConnect: true, connectTimeout: 500, maxRetriesPerRequest: 0 });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
    return machineRedis;
  } catch {
    return undefined;
  } finally {
    probe.disconnect();
  }
}

/** Deletes every key under a test's prefix. */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
