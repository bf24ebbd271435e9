import type { Epochs } from './epochs';
import type { LruCache } from './lru';

export interface EpochEntry<V> {
  value: V;
  epoch: number;
}

export interface EpochBatch<K, V> {
  epochs: Epochs;
  entries: LruCache<EpochEntry<V>>;
  stats: { calls: number; hits: number };
  cacheKeyOf(key: K): string;
  /** The epoch an answer for `key` is valid under, when it is known before asking; undefined: ask, keep nothing. */
  epochKeyOf(key: K): string | undefined;
  /** Whether a fetched answer belongs under the epoch read for its key (all do by default). */
  storable?(value: V, epochKey: string): boolean;
}

/**
 * Answers for a batch of keys: an entry is used only while its epoch still has the value it was
 * stored under; the rest are fetched in one call and stored under the epochs read *before* that call,
 * so an answer that raced a change is never used. When the epochs cannot be read, everything is fetched.
 */
export async function resolveUnderEpochs<K, V>(
  batch: EpochBatch<K, V>,
  keys: readonly K[],
  fetch: (keys: readonly K[]) => Promise<V[]>,
): Promise<V[]> {
  const epochKeys = keys.map((key) => batch.epochKeyOf(key));
  const distinct = [...new Set(epochKeys.filter((key): key is string => key !== undefined))];
  const values = await batch.epochs.read(distinct);
  const epochOf = new Map(values ? distinct.map((key, i) => [key, values[i]]) : []);
  const epochAt = (i: number) => epochOf.get(epochKeys[i] ?? '');
  const cached = keys.map((key, i) => {
    const entry = batch.entries.get(batch.cacheKeyOf(key));
    return entry && entry.epoch === epochAt(i) ? entry : undefined;
  });
  const missing = keys.filter((_, i) => !cached[i]);
  batch.stats.hits += keys.length - missing.length;
  if (!missing.length) return cached.map((entry) => entry!.value);
  batch.stats.calls += 1;
  const fetched = await fetch(missing);
  let next = 0;
  return keys.map((key, i) => {
    const hit = cached[i];
    if (hit) return hit.value;
    const value = fetched[next++] as V;
    const epoch = epochAt(i);
    if (epoch !== undefined && (batch.storable?.(value, epochKeys[i]!) ?? true)) {
      batch.entries.set(batch.cacheKeyOf(key), { value, epoch });
    }
    return value;
  });
}
