import { memoryEpochs, unknownEpochs } from '../cache/epochs';
import type { Logger } from '../logger';
import type { ConsumerOptions, DeadLetters, EventBus, StreamEvent } from './bus';
import { defaultRetentionMs, OpenHandles, publishDedupeSeconds } from './bus-options';
import { consumerSettings, startConsumerLoop, type ConsumerSettings } from './consumer-loop';
import type { ConsumerStore, StoredMessage } from './consumer-store';
import { compareEntryIds, deadLetterFields, deadLetterOf, publishedFields, streamEventOf } from './entries';
import type { EventStream } from './envelope';
import { eventKeys } from './keys';
import { MemoryStreams, type MemoryEntry } from './memory-streams';
import { errorMessage } from './throttled-log';

const keys = eventKeys('');

function memoryConsumerStore(streams: MemoryStreams, settings: ConsumerSettings, logger: Logger): ConsumerStore {
  const { group, consumer, startAt } = settings;
  const replayKey = keys.replay(group);
  const sources = new Map<string, EventStream | null>([
    ...settings.streams.map((stream) => [keys.stream(stream), stream] as const),
    [replayKey, null],
  ]);
  let wake: (() => void) | undefined;

  const toMessage = (key: string, entry: MemoryEntry): StoredMessage | undefined => {
    try {
      return { key, id: entry.id, event: streamEventOf(sources.get(key) ?? null, entry.id, entry.fields) };
    } catch (error) {
      logger.error('unreadable stream entry skipped', { key, entryId: entry.id, error: errorMessage(error) });
      streams.ack(key, group, entry.id);
      return undefined;
    }
  };

  const readNow = (count: number): StoredMessage[] => {
    const messages: StoredMessage[] = [];
    for (const key of sources.keys()) {
      if (messages.length >= count) break;
      for (const entry of streams.readGroup(key, group, consumer, count - messages.length)) {
        const message = toMessage(key, entry);
        if (message) messages.push(message);
      }
    }
    return messages;
  };

  const ack = (message: StoredMessage) => {
    streams.ack(message.key, group, message.id);
    if (message.key === replayKey) streams.delete(replayKey, message.id);
  };

  return {
    async prepare() {
      for (const key of sources.keys()) streams.createGroup(key, group, key === replayKey ? 'beginning' : startAt);
    },
    async read(count, blockMs) {
      const ready = readNow(count);
      if (ready.length) return ready;
      await new Promise<void>((resolve) => {
        const finish = () => {
          clearTimeout(timer);
          off();
          wake = undefined;
          resolve();
        };
        const off = streams.onAdd((key) => sources.has(key) && finish());
        const timer = setTimeout(finish, blockMs);
        wake = finish;
      });
      return readNow(count);
    },
    async claim(minIdleMs, count) {
      const claimed = [];
      for (const key of sources.keys()) {
        for (const { entry, deliveries } of streams.claim(key, group, consumer, minIdleMs, count - claimed.length)) {
          const message = toMessage(key, entry);
          if (message) claimed.push({ ...message, deliveries });
        }
      }
      return claimed;
    },
    async touch(message) {
      streams.touch(message.key, group, consumer, message.id);
    },
    async ack(message) {
      ack(message);
    },
    async deadLetter(message, error, attempts) {
      streams.add(keys.dead(group), deadLetterFields(message.event, error, attempts, new Date()));
      ack(message);
    },
    interrupt() {
      wake?.();
    },
    async close() {},
  };
}

/**
 * The bus without Redis: the same streams, groups, claims and dead letters in this process's
 * memory. For development and single-process use; nothing survives a restart.
 */
export function createMemoryEventBus(options: {
  logger: Logger;
  retentionMs?: number;
  now?: () => number;
  standalone?: boolean;
}): EventBus {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const retentionMs = options.retentionMs ?? defaultRetentionMs;
  const streams = new MemoryStreams(now);
  /** Envelope id -> expiry; inserted in time order, so expired ones are always at the front. */
  const published = new Map<string, number>();
  const handles = new OpenHandles();

  const findDeadLetter = (group: string, id: string) => {
    const entry = streams.get(keys.dead(group), id);
    if (!entry) throw new Error(`No dead letter ${id} in group ${group}`);
    return entry;
  };

  const deadLetters: DeadLetters = {
    async list(group, listOptions) {
      return streams
        .range(keys.dead(group), listOptions?.count ?? 100)
        .map((entry) => deadLetterOf(group, entry.id, entry.fields));
    },
    async replay(group, id) {
      const entry = findDeadLetter(group, id);
      streams.add(keys.replay(group), entry.fields);
      streams.delete(keys.dead(group), id);
    },
    async discard(group, id) {
      findDeadLetter(group, id);
      streams.delete(keys.dead(group), id);
    },
  };

  return {
    kind: 'memory',
    deadLetters,
    epochs: options.standalone ? unknownEpochs : memoryEpochs(),
    async publish(stream, envelope) {
      const time = now();
      for (const [id, expiresAt] of published) {
        if (expiresAt > time) break;
        published.delete(id);
      }
      if (published.has(envelope.id)) return null;
      published.set(envelope.id, time + publishDedupeSeconds * 1000);
      return streams.add(keys.stream(stream), publishedFields(envelope), time - retentionMs);
    },
    retentionMs,
    async *retained(stream, range = {}) {
      for (const entry of streams.range(keys.stream(stream))) {
        if (range.after && compareEntryIds(entry.id, range.after) <= 0) continue;
        if (range.until && compareEntryIds(entry.id, range.until) > 0) break;
        try {
          yield streamEventOf(stream, entry.id, entry.fields);
        } catch (error) {
          logger.error('unreadable stream entry skipped', { stream, entryId: entry.id, error: errorMessage(error) });
        }
      }
    },
    tail(tailStreams, onEvent) {
      const wanted = new Map(tailStreams.map((stream) => [keys.stream(stream), stream]));
      const positions: Partial<Record<EventStream, string>> = Object.fromEntries(
        tailStreams.map((stream) => [stream, streams.range(keys.stream(stream)).at(-1)?.id ?? '0-0']),
      );
      const off = streams.onAdd((key, entry) => {
        const stream = wanted.get(key);
        if (!stream) return;
        let event: StreamEvent;
        try {
          event = streamEventOf(stream, entry.id, entry.fields);
        } catch (error) {
          logger.error('unreadable stream entry skipped', { key, entryId: entry.id, error: errorMessage(error) });
          return;
        }
        queueMicrotask(() => {
          positions[stream] = entry.id;
          try {
            onEvent(event);
          } catch (error) {
            logger.error('event tail listener failed', { error: errorMessage(error) });
          }
        });
      });
      return handles.tail(
        Promise.resolve(),
        async () => off(),
        () => ({ ...positions }),
      );
    },
    consume(consumerOptions: ConsumerOptions) {
      const settings = consumerSettings(consumerOptions);
      const loop = startConsumerLoop(memoryConsumerStore(streams, settings, logger), settings, consumerOptions, logger);
      return handles.consumer(loop.started, () => loop.stop());
    },
    ready: () => Promise.resolve(),
    close: () => handles.closeAll(),
  };
}
