import { redisEpochs } from '../cache/epochs';
import type { Logger } from '../logger';
import type { ConsumerOptions, DeadLetters, EventBus } from './bus';
import { defaultRetentionMs, OpenHandles, publishDedupeSeconds, type EventBusOptions } from './bus-options';
import { consumerSettings, startConsumerLoop } from './consumer-loop';
import { deadLetterOf, fieldsOf, streamEventOf } from './entries';
import { eventKeys } from './keys';
import { closeRedis, connectRedis } from './redis-connection';
import { redisConsumerStore } from './redis-consumer-store';
import { startRedisTail } from './redis-tail';

/** Dedupe and append in one step: a second publish of the same envelope id appends nothing. */
const publishScript = `
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then return false end
local time = redis.call('TIME')
local minId = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000) - tonumber(ARGV[2])
return redis.call('XADD', KEYS[2], 'MINID', '~', string.format('%.0f', minId), '*', 'envelope', ARGV[3], 'type', ARGV[4])
`;

/** Moves a dead letter to the group's replay stream, once even when two admins replay it together. */
const replayScript = `
local entry = redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1])
if #entry == 0 then return false end
redis.call('XADD', KEYS[2], '*', unpack(entry[1][2]))
redis.call('XDEL', KEYS[1], ARGV[1])
return 1
`;

const notFound = (group: string, id: string) => new Error(`No dead letter ${id} in group ${group}`);

export function createRedisEventBus(options: EventBusOptions & { redisUrl: string; logger: Logger }): EventBus {
  const { redisUrl, logger } = options;
  const keyPrefix = options.keyPrefix ?? 'workgraph:';
  const keys = eventKeys(keyPrefix);
  const retentionMs = options.retentionMs ?? defaultRetentionMs;
  const redis = connectRedis(redisUrl, 'commands', logger, `${keyPrefix}events`);
  // Publishes wait for the first connection attempt only; after that they fail at once while Redis is down.
  const firstConnection = new Promise<void>((resolve) => {
    redis.once('ready', resolve);
    redis.once('close', resolve);
  });
  const handles = new OpenHandles();
  const retainedPage = 500;

  const deadLetters: DeadLetters = {
    async list(group, listOptions) {
      const entries = (await redis.call('XRANGE', keys.dead(group), '-', '+', 'COUNT', listOptions?.count ?? 100)) as [
        string,
        unknown,
      ][];
      return entries.map(([id, fields]) => deadLetterOf(group, id, fieldsOf(fields)));
    },
    async replay(group, id) {
      const replayed = await redis.eval(replayScript, 2, keys.dead(group), keys.replay(group), id);
      if (!replayed) throw notFound(group, id);
    },
    async discard(group, id) {
      if (!(await redis.call('XDEL', keys.dead(group), id))) throw notFound(group, id);
    },
  };

  return {
    kind: 'redis',
    deadLetters,
    epochs: redisEpochs(redis, keyPrefix),
    async publish(stream, envelope) {
      if (redis.status !== 'ready') await firstConnection;
      const entryId = await redis.eval(
        publishScript,
        2,
        keys.published(envelope.id),
        keys.stream(stream),
        publishDedupeSeconds,
        retentionMs,
        JSON.stringify(envelope),
        envelope.type,
      );
      return typeof entryId === 'string' ? entryId : null;
    },
    retentionMs,
    async *retained(stream, range = {}) {
      if (redis.status !== 'ready') await firstConnection;
      let start = range.after ? `(${range.after}` : '-';
      const end = range.until ?? '+';
      for (;;) {
        const entries = (await redis.call('XRANGE', keys.stream(stream), start, end, 'COUNT', retainedPage)) as [
          string,
          unknown,
        ][];
        for (const [id, fields] of entries) {
          try {
            yield streamEventOf(stream, id, fieldsOf(fields));
          } catch (error) {
            logger.error('unreadable stream entry skipped', { stream, entryId: id, error: String(error) });
          }
        }
        if (entries.length < retainedPage) return;
        start = `(${entries.at(-1)![0]}`;
      }
    },
    tail(streams, onEvent) {
      const inner = startRedisTail(redisUrl, `${keyPrefix}events:tail`, keys, streams, onEvent, logger);
      return handles.tail(inner.started, () => inner.close(), inner.positions);
    },
    consume(consumerOptions: ConsumerOptions) {
      const settings = consumerSettings(consumerOptions);
      const connection = connectRedis(redisUrl, 'blocking', logger, `${keyPrefix}events:consumer:${settings.group}`);
      const store = redisConsumerStore(connection, keys, settings, logger);
      const loop = startConsumerLoop(store, settings, consumerOptions, logger);
      return handles.consumer(loop.started, () => loop.stop());
    },
    ready: () =>
      redis.status === 'ready' ? Promise.resolve() : new Promise((resolve) => redis.once('ready', () => resolve())),
    async close() {
      await handles.closeAll();
      await closeRedis(redis);
    },
  };
}
