export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the current window ends. */
  resetMs: number;
}

/** A hit counted before the work it stands for, which `release` gives back if it should not count. */
export interface RateLimitReservation {
  decision: RateLimitDecision;
  /** Takes the hit back, in the window it was counted in (nothing once that window is over). */
  release(): Promise<void>;
}

/** A fixed-window request counter per client key. */
export interface RateLimiter {
  /** Counts one request of `key`; `limit` replaces the limiter's own for a budget of another kind. */
  hit(key: string, limit?: number): Promise<RateLimitDecision>;
  /**
   * Counts one attempt of `key` before it is made, to be given back when it turns out not to count
   * (a token lookup that succeeded): concurrent attempts cannot all pass a check made beforehand.
   */
  reserve(key: string, limit?: number): Promise<RateLimitReservation>;
  /** Resolves once the counter store is reachable; absent when there is nothing to wait for. */
  ready?(): Promise<void>;
  close(): Promise<void>;
}

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  /** Prefix of the counters' Redis keys (REDIS_KEY_PREFIX); `workgraph:` by default. */
  keyPrefix?: string;
}
