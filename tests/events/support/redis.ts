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

/** A plain connection for looking at what the bus wrote. */
export function inspectRedis(redisUrl = testRedisUrl): Redis {
  return new Redis(redisUrl, { protocol: 2 });
}
