import {
  claimOf,
  defaultIdempotencyTimes,
  type IdempotencyRecord,
  type IdempotencyStore,
  type IdempotencyTimes,
} from './store';

/**
 * Keys in this process, for a router without Redis: at most `maxKeys`, the oldest dropped first, so
 * a client sending endless keys cannot grow the router's memory.
 */
export function createMemoryIdempotencyStore(
  options: Partial<IdempotencyTimes> & { maxKeys?: number } = {},
  now: () => number = Date.now,
): IdempotencyStore {
  const times = { ...defaultIdempotencyTimes, ...options };
  const maxKeys = options.maxKeys ?? 10_000;
  // Insertion order is expiry order enough: every write re-inserts its key at the end.
  const records = new Map<string, { record: IdempotencyRecord; expiresAt: number }>();
  const set = (key: string, record: IdempotencyRecord, ttlMs: number) => {
    records.delete(key);
    records.set(key, { record, expiresAt: now() + ttlMs });
    while (records.size > maxKeys) records.delete(records.keys().next().value!);
  };
  return {
    async claim(key, fingerprint) {
      const held = records.get(key);
      if (held && held.expiresAt > now()) return claimOf(held.record, fingerprint);
      set(key, { state: 'in-flight', fingerprint }, times.inFlightMs);
      return { kind: 'run' };
    },
    async complete(key, fingerprint, response) {
      set(key, { state: 'done', fingerprint, response }, times.retentionMs);
    },
    async release(key) {
      records.delete(key);
    },
    async close() {
      records.clear();
    },
  };
}
