import { Redis } from 'ioredis';
import { z } from 'zod';
import { answerWithin, backstopTimeoutMs } from '../../../lib/answer-within';
import {
  claimOf,
  defaultIdempotencyTimes,
  type IdempotencyRecord,
  type IdempotencyStore,
  type IdempotencyTimes,
} from './store';

const recordShape: z.ZodType<IdempotencyRecord> = z.union([
  z.object({ state: z.literal('in-flight'), fingerprint: z.string() }),
  z.object({
    state: z.literal('done'),
    fingerprint: z.string(),
    response: z.object({ status: z.number(), headers: z.record(z.string(), z.string()), body: z.string() }),
  }),
]);

/**
 * Keys in Redis, shared by every router: `SET NX` claims a key, so two routers never both run the
 * same request. A Redis failure fails the request (the pipeline answers 503): running it unguarded
 * could run it twice, which is what the client's key asked us never to do.
 */
export function createRedisIdempotencyStore(
  redisUrl: string,
  options: Partial<IdempotencyTimes> & { keyPrefix?: string } = {},
): IdempotencyStore {
  const times = { ...defaultIdempotencyTimes, ...options };
  const prefix = `${options.keyPrefix ?? 'workgraph:'}router:idempotency:`;
  const redis = new Redis(redisUrl, {
    maxRetriesPerRequest: 1,
    commandTimeout: backstopTimeoutMs,
    connectTimeout: 2000,
  });
  redis.on('error', () => undefined);
  const answered = <T>(command: Promise<T>) => answerWithin(command, 1000);
  return {
    async claim(key, fingerprint) {
      // A key expiring between the SET and the GET is claimed again on the second round.
      for (let attempt = 0; attempt < 2; attempt++) {
        const claimed = await answered(
          redis.set(prefix + key, JSON.stringify({ state: 'in-flight', fingerprint }), 'PX', times.inFlightMs, 'NX'),
        );
        if (claimed === 'OK') return { kind: 'run' };
        const held = await answered(redis.get(prefix + key));
        if (held !== null) return claimOf(recordShape.parse(JSON.parse(held)), fingerprint);
      }
      return { kind: 'in-flight' };
    },
    async complete(key, fingerprint, response) {
      await answered(
        redis.set(prefix + key, JSON.stringify({ state: 'done', fingerprint, response }), 'PX', times.retentionMs),
      );
    },
    async release(key) {
      await answered(redis.del(prefix + key));
    },
    async close() {
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
