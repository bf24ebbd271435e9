import { Redis } from 'ioredis';
import { answerWithin, backstopTimeoutMs } from '../answer-within';
import { throttledWarning } from '../events/throttled-log';
import type { Logger } from '../logger';
import { maxSignatureAgeMs } from '../signing';
import { readyWithin } from './ready-within';

/** Remembers the nonces of signed requests so that each is accepted once. */
export interface ReplayGuard {
  /** True the first time a nonce is seen within the signature window, false for a replay. */
  firstUse(nonce: string): Promise<boolean>;
  /** Resolves once the shared store answers (at once for the in-memory guard). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

// A signature is fresh for maxSignatureAgeMs either side of its timestamp, so its nonce must be
// remembered for twice that (plus a margin for the time the request took to arrive).
export const rememberMs = 2 * maxSignatureAgeMs + 5_000;

/**
 * Nonces of one process, in time buckets of `rememberMs`: the current and the previous bucket are
 * kept, so a nonce is remembered for `rememberMs` at least and twice that at most, and memory stays
 * bounded by the request rate over that time.
 */
export function createMemoryReplayGuard(now: () => number = Date.now): ReplayGuard {
  const bucketMs = rememberMs;
  let bucket = Math.floor(now() / bucketMs);
  let current = new Set<string>();
  let previous = new Set<string>();
  return {
    async firstUse(nonce) {
      const at = Math.floor(now() / bucketMs);
      if (at !== bucket) {
        previous = at === bucket + 1 ? current : new Set();
        current = new Set();
        bucket = at;
      }
      if (current.has(nonce) || previous.has(nonce)) return false;
      current.add(nonce);
      return true;
    },
    ready: async () => {},
    close: async () => {},
  };
}

/**
 * Nonces shared by every replica through Redis (`SET NX` with an expiry), so a request replayed to
 * another replica is refused too. While Redis is unreachable the replica falls back to its own
 * memory (replays to the same replica are still refused) and warns: an outage of Redis must not
 * become an outage of the API.
 */
export function createRedisReplayGuard(redisUrl: string, keyPrefix: string, logger: Logger): ReplayGuard {
  const redis = new Redis(redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: backstopTimeoutMs,
    connectTimeout: 2000,
  });
  const warn = throttledWarning(logger);
  redis.on('error', (error: Error) => warn('replay guard: redis unavailable', { error: error.message }));
  const local = createMemoryReplayGuard();
  return {
    async firstUse(nonce) {
      const fresh = await local.firstUse(nonce);
      if (!fresh) return false;
      try {
        return (await answerWithin(redis.set(`${keyPrefix}nonce:${nonce}`, '1', 'PX', rememberMs, 'NX'), 500)) === 'OK';
      } catch (error) {
        warn('replay guard: redis unavailable, checking this replica only', { error: String(error) });
        return true;
      }
    },
    ready: () =>
      redis.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => redis.once('ready', () => resolve())),
    async close() {
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else if (redis.status !== 'end') redis.disconnect();
    },
  };
}

export function createReplayGuard(options: { redisUrl?: string; keyPrefix?: string; logger: Logger }): ReplayGuard {
  return options.redisUrl
    ? createRedisReplayGuard(options.redisUrl, options.keyPrefix ?? 'workgraph:', options.logger)
    : createMemoryReplayGuard();
}

/** A replay guard for a process, waited for briefly so the first requests are checked across replicas. */
export async function startReplayGuard(options: {
  redisUrl?: string;
  keyPrefix?: string;
  logger: Logger;
}): Promise<ReplayGuard> {
  const guard = createReplayGuard(options);
  if (!(await readyWithin(guard.ready()))) {
    options.logger.warn('replay guard: redis not reachable yet; nonces are checked per replica until it is');
  }
  return guard;
}
