import type { Redis } from 'ioredis';

/**
 * Shared counters that caches tag their entries with: a cached answer is used only while the counter
 * it was read under is unchanged, and a writer bumps the counter once its change is committed.
 */
export interface Epochs {
  /** The current value of each key (0 when never bumped), or null when the store cannot answer: trust no cache then. */
  read(keys: readonly string[]): Promise<number[] | null>;
  bump(key: string): Promise<void>;
}

/** Without Redis every service runs in one process, so one map is shared by all of them. */
export function memoryEpochs(): Epochs {
  const values = new Map<string, number>();
  return {
    async read(keys) {
      return keys.map((key) => values.get(key) ?? 0);
    },
    async bump(key) {
      values.set(key, (values.get(key) ?? 0) + 1);
    },
  };
}

/** A process of its own without Redis: no epoch is ever known, so every cache keyed on them asks its source. */
export const unknownEpochs: Epochs = {
  read: async (keys) => (keys.length ? null : []),
  bump: async () => undefined,
};

/** INCR / MGET under the deployment's prefix; any failure reads as "unknown", never as "unchanged". */
export function redisEpochs(redis: Redis, keyPrefix: string): Epochs {
  const keyOf = (key: string) => `${keyPrefix}epoch:${key}`;
  return {
    async read(keys) {
      if (!keys.length) return [];
      if (redis.status !== 'ready') return null;
      try {
        const values = await redis.mget(keys.map(keyOf));
        return values.map((value) => Number(value ?? 0));
      } catch {
        return null;
      }
    },
    async bump(key) {
      await redis.incr(keyOf(key));
    },
  };
}
