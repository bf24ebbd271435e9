import net from 'node:net';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createLogger } from '../../lib/logger';
import type { RateLimiter } from '../../router/rate-limit';
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

/** Two limiters of limit 2 on the machine's Redis, like two routers, and a key of the test's own. */
async function withTwoLimiters(run: (a: RateLimiter, b: RateLimiter, key: string) => Promise<void>): Promise<void> {
  if (!(await reachable(redisUrl))) return;
  const a = createRedisRateLimiter(redisUrl, { limit: 2, windowMs: 60_000 }, logger);
  const b = createRedisRateLimiter(redisUrl, { limit: 2, windowMs: 60_000 }, logger);
  try {
    await Promise.all([a.ready(), b.ready()]);
    await run(a, b, `test:${randomBytes(6).toString('hex')}`);
  } finally {
    await a.close();
    await b.close();
  }
}

// Another process asks Redis for the counters of a key (KEYS), so this one can stay blocked meanwhile.
const probeScript = `
const { hostname, port } = new URL(process.argv[1]);
const socket = require('node:net').connect(Number(port || 6379), hostname, () =>
  socket.write('KEYS *:rate:*:' + process.argv[2] + '\\r\\n'),
);
socket.once('data', (data) => { process.stdout.write(String(data)); socket.destroy(); });
`;

/** Whether Redis has counted `key`: its INCR ran, and the answer is on its way to this process. */
function counted(key: string): boolean {
  return spawnSync(process.execPath, ['-e', probeScript, redisUrl, key], { encoding: 'utf8' }).stdout.includes(key);
}

/** Blocks this process for at least `ms`, and until `done()` holds (at most 10 s). */
function busyUntil(ms: number, done: () => boolean): void {
  const start = Date.now();
  while (Date.now() - start < ms || (!done() && Date.now() - start < 10_000));
}

describe('Redis rate limiter', () => {
  it('shares counts between limiters (skipped when Redis is not running)', () =>
    withTwoLimiters(async (a, b, key) => {
      expect((await a.hit(key)).allowed).toBe(true);
      expect((await b.hit(key)).allowed).toBe(true);
      const third = await a.hit(key);
      expect(third).toMatchObject({ allowed: false, remaining: 0 });
      expect(third.resetMs).toBeGreaterThan(0);
      expect((await b.hit(`${key}-other`)).allowed).toBe(true);
    }));

  it('shares reservations, and a release on one limiter gives back on every one (skipped when Redis is not running)', () =>
    withTwoLimiters(async (a, b, key) => {
      const attempts = await Promise.all([a.reserve(key), b.reserve(key), a.reserve(key), b.reserve(key)]);
      expect(attempts.filter((attempt) => attempt.decision.allowed)).toHaveLength(2);
      const [given, ...kept] = attempts;
      await given!.release(); // 3 counted
      expect((await b.reserve(key)).decision).toMatchObject({ allowed: false, remaining: 0 }); // 4
      await Promise.all(kept.map((attempt) => attempt.release())); // 1
      expect((await a.reserve(key)).decision).toMatchObject({ allowed: true, remaining: 0 }); // 2
    }));

  it('counts a request whose answer arrived while the router was too busy to read it in time (skipped when Redis is not running)', () =>
    withTwoLimiters(async (a, _b, key) => {
      const counting = a.reserve(key);
      // Redis answers meanwhile; the limiter's 500 ms run out before the answer is read.
      busyUntil(800, () => counted(key));
      expect((await counting).decision).toMatchObject({ allowed: true, remaining: 1 });
      expect(await a.hit(key)).toMatchObject({ allowed: true, remaining: 0 });
    }));

  it('lets requests through when Redis is unreachable', async () => {
    const limiter = createRedisRateLimiter('redis://127.0.0.1:1', { limit: 1, windowMs: 60_000 }, logger);
    try {
      expect(await limiter.hit('k')).toMatchObject({ allowed: true });
      expect(await limiter.hit('k')).toMatchObject({ allowed: true });
      const attempt = await limiter.reserve('k');
      expect(attempt.decision).toMatchObject({ allowed: true });
      await attempt.release();
    } finally {
      await limiter.close();
    }
  });
});
