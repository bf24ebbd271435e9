import { createMemoryRateLimiter } from './memory';
import type { RateLimiter } from './types';

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
