import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import type { ConsumerSettings } from './consumer-loop';
import type { ClaimedMessage, ConsumerStore, StoredMessage } from './consumer-store';
import { deadLetterFields, fieldsOf, flatFields, streamEventOf } from './entries';
import type { EventStream } from './envelope';
import type { EventKeys } from './keys';
import { closeRedis, isBusyGroupError, isNoGroupError, streamReply } from './redis-connection';
import { errorMessage } from './throttled-log';

function partition<T>(items: T[], keep: (item: T) => boolean): [T[], T[]] {
  return [items.filter(keep), items.filter((item) => !keep(item))];
}

/** One consumer's Redis commands, all on its own connection (its blocking reads hold it). */
export function redisConsumerStore(
  redis: Redis,
  keys: EventKeys,
  settings: ConsumerSettings,
  logger: Logger,
): ConsumerStore {
  const { group, consumer, startAt } = settings;
  const replayKey = keys.replay(group);
  const sources = new Map<string, EventStream | null>([
    ...settings.streams.map((stream) => [keys.stream(stream), stream] as const),
    [replayKey, null],
  ]);
  const sourceKeys = [...sources.keys()];
  let blocked = false;
  let closed = false;

  async function createGroups(recovering: boolean): Promise<void> {
    await Promise.all(
      sourceKeys.map((key) => {
        // A group recreated after Redis lost it starts at the beginning: whatever is there is new to it.
        const start = !recovering && startAt === 'now' && key !== replayKey ? '$' : '0';
        return redis.call('XGROUP', 'CREATE', key, group, start, 'MKSTREAM').catch((error: unknown) => {
          if (!isBusyGroupError(error)) throw error;
        });
      }),
    );
  }

  /** A group that vanished (Redis restarted without persistence) is recreated and reading goes on. */
  async function recoverFrom(error: unknown): Promise<void> {
    if (!isNoGroupError(error)) throw error;
    logger.warn('event consumer group missing, recreating it', { group, consumer });
    await createGroups(true);
  }

  const toMessage = async (key: string, id: string, fields: unknown): Promise<StoredMessage | undefined> => {
    try {
      return { key, id, event: streamEventOf(sources.get(key) ?? null, id, fieldsOf(fields)) };
    } catch (error) {
      logger.error('unreadable stream entry skipped', { key, entryId: id, error: errorMessage(error) });
      await redis.call('XACK', key, group, id);
      return undefined;
    }
  };

  const ackCommands = (message: StoredMessage, multi = redis.multi()) => {
    multi.call('XACK', message.key, group, message.id);
    return message.key === replayKey ? multi.call('XDEL', replayKey, message.id) : multi;
  };

  return {
    prepare: () => createGroups(false),
    async read(count, blockMs) {
      let reply: unknown;
      blocked = true;
      try {
        const ids = sourceKeys.map(() => '>');
        reply = await redis.call(
          'XREADGROUP',
          'GROUP',
          group,
          consumer,
          'COUNT',
          count,
          'BLOCK',
          blockMs,
          'STREAMS',
          ...sourceKeys,
          ...ids,
        );
      } catch (error) {
        if (closed) return [];
        await recoverFrom(error);
        return [];
      } finally {
        blocked = false;
      }
      const messages: StoredMessage[] = [];
      for (const { key, entries } of streamReply(reply)) {
        for (const entry of entries) {
          const message = await toMessage(key, entry.id, entry.fields);
          if (message) messages.push(message);
        }
      }
      return messages;
    },
    async claim(minIdleMs, count) {
      const claimed: ClaimedMessage[] = [];
      try {
        for (const key of sourceKeys) {
          if (claimed.length >= count) break;
          const reply = (await redis.call(
            'XAUTOCLAIM',
            key,
            group,
            consumer,
            minIdleMs,
            '0-0',
            'COUNT',
            count - claimed.length,
          )) as [string, [string, unknown][]];
          // Entries trimmed away while pending come back without fields on Redis 6.2 (7 drops them itself).
          const [entries, trimmed] = partition(reply[1] ?? [], ([, fields]) => Array.isArray(fields));
          if (trimmed.length) await redis.call('XACK', key, group, ...trimmed.map(([id]) => id));
          if (!entries.length) continue;
          const pending = (await Promise.all(entries.map(([id]) => redis.call('XPENDING', key, group, id, id, 1)))) as [
            string,
            string,
            number,
            number,
          ][][];
          for (const [index, [id, fields]] of entries.entries()) {
            const message = await toMessage(key, id, fields);
            const deliveries = Number(pending[index]?.[0]?.[3] ?? 1);
            if (message) claimed.push({ ...message, deliveries });
          }
        }
      } catch (error) {
        await recoverFrom(error);
      }
      return claimed;
    },
    async touch(message) {
      await redis.call('XCLAIM', message.key, group, consumer, 0, message.id, 'JUSTID');
    },
    async ack(message) {
      const results = await ackCommands(message).exec();
      const failure = results?.find(([error]) => error)?.[0];
      // The group is gone with the message (Redis restarted without persistence): nothing to acknowledge.
      if (failure && !isNoGroupError(failure)) throw failure;
    },
    async deadLetter(message, error, attempts) {
      const fields = flatFields(deadLetterFields(message.event, error, attempts, new Date()));
      const results = await ackCommands(message, redis.multi().call('XADD', keys.dead(group), '*', ...fields)).exec();
      const failure = results?.find(([failed]) => failed)?.[0];
      if (failure && !isNoGroupError(failure)) throw failure;
    },
    interrupt() {
      closed = true;
      // A blocked read, or any command queued while Redis is unreachable, would hold stop() up.
      if (blocked || redis.status !== 'ready') redis.disconnect();
    },
    async close() {
      closed = true;
      await closeRedis(redis);
    },
  };
}
