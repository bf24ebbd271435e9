import { randomBytes } from 'node:crypto';
import { createMemoryReplayGuard, createRedisReplayGuard, rememberMs } from './replay-guard';
import { createLogger } from '../logger';
import { describeWithRedis } from '../../tests/testkit/services';

const nonce = () => randomBytes(16).toString('hex');

describe('the in-memory replay guard', () => {
  it('accepts a nonce once and refuses it for as long as its signature could be fresh', async () => {
    let time = 1_000_000_000;
    const guard = createMemoryReplayGuard(() => time);
    const seen = nonce();
    expect(await guard.firstUse(seen)).toBe(true);
    expect(await guard.firstUse(seen)).toBe(false);
    time += rememberMs - 1;
    expect(await guard.firstUse(seen)).toBe(false);
    expect(await guard.firstUse(nonce())).toBe(true);
  });

  it('forgets nonces once no signature carrying them can be fresh', async () => {
    let time = 1_000_000_000;
    const guard = createMemoryReplayGuard(() => time);
    const old = nonce();
    await guard.firstUse(old);
    time += 2 * rememberMs + 1;
    expect(await guard.firstUse(old)).toBe(true);
  });
});

describeWithRedis('the Redis replay guard', () => {
  const logger = createLogger('test', 'silent');
  const prefix = `wg-test:replay:${randomBytes(4).toString('hex')}:`;

  it('refuses a nonce already used on another replica', async () => {
    const url = process.env.WORKGRAPH_TEST_REDIS_URL!;
    const [a, b] = [createRedisReplayGuard(url, prefix, logger), createRedisReplayGuard(url, prefix, logger)];
    try {
      await Promise.all([a.ready(), b.ready()]);
      const seen = nonce();
      expect(await a.firstUse(seen)).toBe(true);
      expect(await b.firstUse(seen)).toBe(false);
      expect(await a.firstUse(seen)).toBe(false);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('still refuses replays to the same replica while Redis cannot be reached', async () => {
    const guard = createRedisReplayGuard('redis://127.0.0.1:1', prefix, logger);
    try {
      const seen = nonce();
      expect(await guard.firstUse(seen)).toBe(true);
      expect(await guard.firstUse(seen)).toBe(false);
    } finally {
      await guard.close();
    }
  });
});
