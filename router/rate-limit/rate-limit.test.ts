import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { createLogger } from '../../lib/logger';
import { createMemoryRateLimiter } from './memory';
import { createRedisRateLimiter } from './redis';
import type { RateLimiter } from './types';

const logger = createLogger('rate-limit-test', 'silent');

async function exerciseWindow(limiter: RateLimiter, key: string) {
  const first = await limiter.hit(key);
  const second = await limiter.hit(key);
  const third = await limiter.hit(key);
  const other = await limiter.hit(`${key}-other`);
  return { first, second, third, other };
}

describe('in-process rate limiter', () => {
  it('allows `limit` hits per key and window, then tells when the window ends', async () => {
    let now = 1_000_000;
    const limiter = createMemoryRateLimiter({ limit: 2, windowMs: 60_000 }, () => now);
    const { first, second, third, other } = await exerciseWindow(limiter, 'user:1');
    expect(first).toEqual({ allowed: true, limit: 2, remaining: 1, resetMs: 20_000 });
    expect(second.allowed).toBe(true);
    expect(third).toMatchObject({ allowed: false, remaining: 0 });
    expect(other.allowed).toBe(true);
    now += 20_000;
    expect(await limiter.hit('user:1')).toMatchObject({ allowed: true, remaining: 1, resetMs: 60_000 });
    await limiter.close();
  });
});

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
