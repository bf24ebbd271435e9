import type { Logger } from '../logger';

export interface EventBusOptions {
  /** Redis Streams when set; otherwise the in-process bus. */
  redisUrl?: string;
  /** Prefix of every Redis key; default `workgraph:`. */
  keyPrefix?: string;
  logger: Logger;
  /** Stream entries older than this are trimmed as new ones arrive. Default 7 days. */
  retentionMs?: number;
}

export const defaultRetentionMs = 7 * 24 * 60 * 60 * 1000;
export const publishDedupeSeconds = 24 * 60 * 60;
