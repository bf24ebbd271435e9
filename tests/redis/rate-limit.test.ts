import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { createLogger } from '../../lib/logger';
import { createRedisRateLimiter } from '../../router/rate-limit/redis';

// The stack tier: the machine's Redis (the in-process limiter's tests are beside router/rate-limit/).
const logger = createLogger('rate-limit-test', 'silent');

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(300);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

describe('Redis rate limiter', () => {
  it('shares counts between limiters (skipped when Redis is not running)', async () => {
    if (!(await reachable(redisUrl))) return;
    const a = createRedisRateLimiter(redisUrl, { limit: 2, windowMs: 60_000 }, logger);
    const b = createRedisRateLimiter(redisUrl, { limit: 2, windowMs: 60_000 }, logger);
    const key = `test:${randomBytes(6).toString('hex')}`;
    try {
      await Promise.all([a.ready(), b.ready()]);
      expect((await a.hit(key)).allowed).toBe(true);
      expect((await b.hit(key)).allowed).toBe(true);
      const third = await a.hit(key);
      expect(third).toMatchObject({ allowed: false, remaining: 0 });
      expect(third.resetMs).toBeGreaterThan(0);
      expect((await b.hit(`${key}-other`)).allowed).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('lets requests through when Redis is unreachable', async () => {
    const limiter = createRedisRateLimiter('redis://127.0.0.1:1', { limit: 1, windowMs: 60_000 }, logger);
    try {
      expect(await limiter.hit('k')).toMatchObject({ allowed: true });
      expect(await limiter.hit('k')).toMatchObject({ allowed: true });
    } finally {
      await limiter.close();
    }
  });
});
