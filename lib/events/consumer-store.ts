import type { StreamEvent } from './bus';

/** A message read for a group: where it sits (an event stream or the group's replay stream) and the event. */
export interface StoredMessage {
  key: string;
  id: string;
  event: StreamEvent;
}

export interface ClaimedMessage extends StoredMessage {
  /** How many times it has been delivered, this claim included. */
  deliveries: number;
}

/**
 * What the shared consumer loop needs from a bus, for one consumer of one group: Redis Streams
 * commands on a dedicated connection, or their in-process equivalents.
 */
export interface ConsumerStore {
  /** Creates the group on every stream it reads (a group that exists is kept as it is). */
  prepare(): Promise<void>;
  /** New messages for this consumer, waiting up to `blockMs` for some. */
  read(count: number, blockMs: number): Promise<StoredMessage[]>;
  /** Takes over messages pending on any consumer of the group for at least `minIdleMs`. */
  claim(minIdleMs: number, count: number): Promise<ClaimedMessage[]>;
  /** Resets the message's idle time, so a slow handler's message is not claimed by others. */
  touch(message: StoredMessage): Promise<void>;
  ack(message: StoredMessage): Promise<void>;
  /** Parks the message in the group's dead-letter stream and acknowledges it. */
  deadLetter(message: StoredMessage, error: string, attempts: number): Promise<void>;
  /** Ends a blocked read at once. */
  interrupt(): void;
  close(): Promise<void>;
}
