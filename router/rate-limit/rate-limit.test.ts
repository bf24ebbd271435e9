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

describe('reservations', () => {
  it('count like a hit until released, and a release gives back only its own window', async () => {
    let now = 1_000_000;
    const limiter = createMemoryRateLimiter({ limit: 2, windowMs: 60_000 }, () => now);
    const first = await limiter.reserve('ip:a');
    const second = await limiter.reserve('ip:a');
    expect([first.decision.allowed, second.decision.allowed]).toEqual([true, true]);
    expect((await limiter.reserve('ip:a')).decision).toMatchObject({ allowed: false, remaining: 0 });
    await second.release();
    await first.release();
    // Two of three given back: one more passes, the next does not.
    expect((await limiter.reserve('ip:a')).decision.allowed).toBe(true);
    expect((await limiter.reserve('ip:a')).decision.allowed).toBe(false);

    const old = await limiter.reserve('ip:b');
    now += 60_000;
    const fresh = await limiter.reserve('ip:b');
    await old.release();
    expect(fresh.decision.remaining).toBe(1);
    expect((await limiter.reserve('ip:b')).decision).toMatchObject({ allowed: true, remaining: 0 });
    await limiter.close();
  });
});
