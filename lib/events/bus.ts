import type { Epochs } from '../cache/epochs';
import type { AnyEventEnvelope, EventStream } from './envelope';

/** An event as read from a stream: the envelope and where it sits. */
export interface StreamEvent {
  stream: EventStream;
  /** The stream entry id (`<ms>-<seq>`), ordered within the stream. */
  entryId: string;
  envelope: AnyEventEnvelope;
}

export interface Delivery {
  /** 1 on first delivery; counts in-process retries and claims after a consumer died. */
  attempt: number;
}

export interface ConsumerOptions {
  /** The consumer group: one per consuming service and purpose, e.g. `sprints`, `audit-log`. */
  group: string;
  /** This process's name in the group; defaults to host, pid and a random suffix. */
  consumer?: string;
  streams: EventStream[];
  /**
   * Must be idempotent (see `markProcessed`): a message is redelivered when the process dies before
   * its acknowledgement. Throwing retries with backoff; after `maxAttempts` the message is parked in
   * the group's dead-letter stream and acknowledged.
   */
  handle(event: StreamEvent, delivery: Delivery): Promise<void>;
  /** Default 5. */
  maxAttempts?: number;
  /** First retry delay; doubles each attempt, capped at 30 s. Default 200 ms. */
  retryBaseMs?: number;
  /** A message pending this long on a consumer that no longer acknowledges is claimed (XAUTOCLAIM). Default 30 s. */
  claimIdleMs?: number;
  /** Default 50. */
  batchSize?: number;
  /** Where a group that does not exist yet starts: `beginning` (default: every retained event) or `now`. */
  startAt?: 'beginning' | 'now';
}

export interface Consumer {
  /** Resolves once the group exists and the first read is under way. */
  readonly started: Promise<void>;
  /** Finishes the message in hand, then stops reading; unacknowledged messages stay pending for others. */
  stop(): Promise<void>;
}

export interface DeadLetter {
  /** The dead-letter entry id. */
  id: string;
  group: string;
  stream: EventStream;
  /** The entry id on the original stream. */
  entryId: string;
  envelope: AnyEventEnvelope;
  error: string;
  attempts: number;
  failedAt: string;
}

export interface DeadLetters {
  list(group: string, options?: { count?: number }): Promise<DeadLetter[]>;
  /** Hands the dead letter back to its group only (through the group's replay stream) and removes it. */
  replay(group: string, id: string): Promise<void>;
  /** Removes it for good. */
  discard(group: string, id: string): Promise<void>;
}

/** Part of a stream by entry ids: after `after` (exclusive), up to `until` (inclusive). */
export interface RetainedRange {
  after?: string;
  until?: string;
}

export interface Tail {
  /** Resolves once the tail is reading: events published after that reach it. */
  readonly started: Promise<void>;
  /**
   * How far it has read each stream: the last entry it handed over, or the stream's last entry when
   * it started (`0-0` when empty). Empty before it starts.
   */
  positions(): Partial<Record<EventStream, string>>;
  close(): Promise<void>;
}

/**
 * Redis Streams when REDIS_URL is set; otherwise the same interface in process (one process only,
 * nothing survives a restart). See docs/events.md.
 */
export interface EventBus {
  readonly kind: 'redis' | 'memory';
  /**
   * Appends the event to its stream. Publishing the same envelope id again within 24 hours is a
   * no-op (returns null), so a relay that crashed after XADD but before marking the row sent does
   * not duplicate it.
   */
  publish(stream: EventStream, envelope: AnyEventEnvelope): Promise<string | null>;
  /**
   * Every event appended from now on, to every tailer: routers use it to fan out to their own
   * subscribers. No acknowledgement and no replay; after a dropped connection the read resumes
   * from the last event seen, after any other error from the streams' current end.
   */
  tail(streams: EventStream[], onEvent: (event: StreamEvent) => void): Tail;
  /** A consumer in a consumer group (XREADGROUP, XACK, XAUTOCLAIM, retries, dead letters). */
  consume(options: ConsumerOptions): Consumer;
  /**
   * Every event the stream still retains, oldest first, read in pages (XRANGE): for rebuilding a
   * read model, or (`after`, `until`: entry ids, exclusive and inclusive) for catching a live
   * subscriber up. Unreadable entries are skipped and logged.
   */
  retained(stream: EventStream, range?: RetainedRange): AsyncIterable<StreamEvent>;
  /** How long streams keep an entry: every entry younger than this is still there. */
  readonly retentionMs: number;
  readonly deadLetters: DeadLetters;
  /** Counters shared by every process on this bus (Redis, or this process), for cache invalidation. */
  readonly epochs: Epochs;
  /** Resolves when the bus can publish (Redis connected); immediately in memory. */
  ready(): Promise<void>;
  close(): Promise<void>;
}
