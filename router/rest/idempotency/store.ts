/** What a POST answered, kept to answer its retries the same. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * What to do with a request carrying an Idempotency-Key: run it (the key is now held as in flight),
 * replay the stored answer, or refuse it because the key was used for another request or is in flight.
 */
export type IdempotencyClaim =
  { kind: 'run' } | { kind: 'replay'; response: StoredResponse } | { kind: 'mismatch' } | { kind: 'in-flight' };

export interface IdempotencyStore {
  /** Claims `key` (already scoped to the caller) for a request whose content hashes to `fingerprint`. */
  claim(key: string, fingerprint: string): Promise<IdempotencyClaim>;
  /** Keeps the answer of a claimed key for the retention period. */
  complete(key: string, fingerprint: string, response: StoredResponse): Promise<void>;
  /** Frees a claimed key whose request failed on our side, so a retry runs again. */
  release(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface IdempotencyTimes {
  /** How long an answer is replayed (24 h). */
  retentionMs: number;
  /** How long a key stays in flight without an answer before a retry may run it (a crashed router). */
  inFlightMs: number;
}

export const defaultIdempotencyTimes: IdempotencyTimes = { retentionMs: 24 * 60 * 60_000, inFlightMs: 60_000 };

/** What both stores keep per key. */
export type IdempotencyRecord =
  { state: 'in-flight'; fingerprint: string } | { state: 'done'; fingerprint: string; response: StoredResponse };

/** The claim a request gets when `record` is already held under its key. */
export function claimOf(record: IdempotencyRecord, fingerprint: string): IdempotencyClaim {
  if (record.fingerprint !== fingerprint) return { kind: 'mismatch' };
  return record.state === 'done' ? { kind: 'replay', response: record.response } : { kind: 'in-flight' };
}
