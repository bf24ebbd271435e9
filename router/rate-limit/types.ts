export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the current window ends. */
  resetMs: number;
}

/** A fixed-window request counter per client key. */
export interface RateLimiter {
  /** Counts one request of `key`; `limit` replaces the limiter's own for a budget of another kind. */
  hit(key: string, limit?: number): Promise<RateLimitDecision>;
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
