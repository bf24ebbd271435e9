import { Redis } from 'ioredis';
import { answerWithin, backstopTimeoutMs } from '../../lib/answer-within';
import type { Logger } from '../../lib/logger';

/** Each user's open WebSocket connections, counted against `WS_MAX_CONNECTIONS_PER_USER`. */
export interface ConnectionSlots {
  /** Takes a slot for the connection; false when the user holds every slot already (on any router). */
  acquire(userId: string, connectionId: string): Promise<boolean>;
  release(userId: string, connectionId: string): void;
  close(): Promise<void>;
}

/** Slots of this router alone: without Redis there is one router. */
export function memoryConnectionSlots(max: number): ConnectionSlots {
  const byUser = new Map<string, Set<string>>();
  return {
    acquire: async (userId, connectionId) => {
      const held = byUser.get(userId) ?? new Set<string>();
      if (held.size >= max) return false;
      byUser.set(userId, held.add(connectionId));
      return true;
    },
    release: (userId, connectionId) => {
      const held = byUser.get(userId);
      held?.delete(connectionId);
      if (held && !held.size) byUser.delete(userId);
    },
    close: async () => {},
  };
}

// Drops the user's expired leases, then takes one if fewer than the maximum are held.
const acquireScript = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
`;

/**
 * Slots shared by every router through Redis: a sorted set per user of connection leases scored by
 * their expiry. Each router renews its own connections' leases every third of `leaseMs`, so the
 * slots of a router that died free themselves within `leaseMs`. When Redis cannot answer, the
 * connection is let in (and a warning logged), as the rate limiter does.
 */
export function redisConnectionSlots(options: {
  redisUrl: string;
  keyPrefix?: string;
  max: number;
  logger: Logger;
  leaseMs?: number;
}): ConnectionSlots {
  const { max, logger, leaseMs = 60_000 } = options;
  const keyOf = (userId: string) => `${options.keyPrefix ?? 'workgraph:'}router:ws-connections:${userId}`;
  const redis = new Redis(options.redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: backstopTimeoutMs,
    connectTimeout: 2000,
  });
  let lastWarning = 0;
  const warn = (message: string, error: unknown) => {
    if (Date.now() - lastWarning < 10_000) return;
    lastWarning = Date.now();
    logger.warn(message, { error: error instanceof Error ? error.message : String(error) });
  };
  redis.on('error', (error: Error) => warn('connection slots: redis unavailable', error));
  // Commands fail at once while disconnected (no offline queue): give a connection being made a second.
  const connected = () =>
    redis.status === 'ready'
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 1000);
          redis.once('ready', () => {
            clearTimeout(timer);
            resolve();
          });
        });
  const held = new Map<string, string>();
  const renew = setInterval(() => {
    if (!held.size) return;
    const pipeline = redis.pipeline();
    const expiry = Date.now() + leaseMs;
    for (const [connectionId, userId] of held) {
      pipeline.zadd(keyOf(userId), 'XX', expiry, connectionId).pexpire(keyOf(userId), leaseMs);
    }
    pipeline.exec().catch((error: unknown) => warn('connection slots: renewal failed', error));
  }, leaseMs / 3);
  renew.unref();
  return {
    acquire: async (userId, connectionId) => {
      await connected();
      const now = Date.now();
      try {
        const taken = await answerWithin(
          redis.eval(acquireScript, 1, keyOf(userId), now, now + leaseMs, max, connectionId, leaseMs),
          1000,
        );
        if (taken !== 1) return false;
      } catch (error) {
        warn('connection slots: counting failed, connection allowed', error);
      }
      held.set(connectionId, userId);
      return true;
    },
    release: (userId, connectionId) => {
      held.delete(connectionId);
      redis
        .zrem(keyOf(userId), connectionId)
        .catch((error: unknown) => warn('connection slots: release failed', error));
    },
    close: async () => {
      clearInterval(renew);
      const leases = [...held];
      held.clear();
      if (redis.status !== 'ready') return redis.disconnect();
      const pipeline = redis.pipeline();
      for (const [connectionId, userId] of leases) pipeline.zrem(keyOf(userId), connectionId);
      await pipeline.exec().catch(() => {});
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
