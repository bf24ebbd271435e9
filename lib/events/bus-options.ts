import type { Logger } from '../logger';
import type { Consumer, Tail } from './bus';

export interface EventBusOptions {
  /** Redis Streams when set; otherwise the in-process bus. */
  redisUrl?: string;
  /** Prefix of every Redis key; default `workgraph:`. */
  keyPrefix?: string;
  logger: Logger;
  /** Stream entries older than this are trimmed as new ones arrive. Default 7 days. */
  retentionMs?: number;
  /**
   * Without Redis: this bus serves one service alone in its process (`npm run start:subgraph`), so
   * the other services never see its epochs and the caches keyed on them stay off.
   */
  standalone?: boolean;
}

export const defaultRetentionMs = 7 * 24 * 60 * 60 * 1000;
export const publishDedupeSeconds = 24 * 60 * 60;

/**
 * The consumers and tails a bus opened, so that closing the bus stops them: consumers first (they
 * may still be acknowledging), then tails. Each leaves the set when stopped on its own.
 */
export class OpenHandles {
  private readonly consumers = new Set<() => Promise<void>>();
  private readonly tails = new Set<() => Promise<void>>();

  consumer(started: Promise<void>, stop: () => Promise<void>): Consumer {
    return { started, stop: OpenHandles.track(this.consumers, stop) };
  }

  tail(started: Promise<void>, close: () => Promise<void>, positions: Tail['positions']): Tail {
    return { started, positions, close: OpenHandles.track(this.tails, close) };
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.consumers].map((stop) => stop()));
    await Promise.all([...this.tails].map((close) => close()));
  }

  private static track(set: Set<() => Promise<void>>, stop: () => Promise<void>): () => Promise<void> {
    const tracked = async () => {
      set.delete(tracked);
      await stop();
    };
    set.add(tracked);
    return tracked;
  }
}
