import { randomBytes } from 'node:crypto';
import { createRedisReplayGuard } from '../../lib/server/replay-guard';
import { createLogger } from '../../lib/logger';
import { describeWithRedis } from '../testkit/services';

// The stack tier: the suite's Redis (the in-memory guard's tests are beside lib/server/replay-guard.ts).
const nonce = () => randomBytes(16).toString('hex');

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
