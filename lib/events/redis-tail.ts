import type { Logger } from '../logger';
import type { StreamEvent, Tail } from './bus';
import { fieldsOf, streamEventOf } from './entries';
import type { EventStream } from './envelope';
import type { EventKeys } from './keys';
import { connectRedis, streamReply } from './redis-connection';
import { StopSignal } from './stop-signal';
import { errorMessage, throttledWarning } from './throttled-log';

/**
 * XREAD BLOCK in a loop on its own connection, always from the last id seen, so nothing is skipped
 * between reads. A dropped connection is re-established by the client and the pending read resent
 * with the same ids; after any other error the next read, half a second later, starts from them too.
 */
export function startRedisTail(
  redisUrl: string,
  connectionName: string,
  keys: EventKeys,
  streams: EventStream[],
  onEvent: (event: StreamEvent) => void,
  logger: Logger,
): Tail {
  const redis = connectRedis(redisUrl, 'blocking', logger, connectionName);
  const signal = new StopSignal();
  const warn = throttledWarning(logger);
  const streamKeys = [...new Set(streams)].map((stream) => keys.stream(stream));
  const streamOfKey = new Map(streams.map((stream) => [keys.stream(stream), stream]));
  // The ids the next XREAD reads after, by stream key: what `positions` reports.
  let ids: string[] = [];
  let markStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));

  const currentIds = () =>
    Promise.all(
      streamKeys.map(async (key) => {
        const last = (await redis.call('XREVRANGE', key, '+', '-', 'COUNT', 1)) as [string, unknown][];
        return last[0]?.[0] ?? '0-0';
      }),
    );

  function deliver(key: string, id: string, fields: unknown): void {
    try {
      onEvent(streamEventOf(streamOfKey.get(key) ?? null, id, fieldsOf(fields)));
    } catch (error) {
      logger.error('event tail: entry or listener failed', { key, entryId: id, error: errorMessage(error) });
    }
  }

  async function run(): Promise<void> {
    while (!signal.stopped) {
      try {
        // From the streams' ends the first time only: after a failed read, from the last entry seen.
        if (!ids.length) ids = await currentIds();
        markStarted();
        while (!signal.stopped) {
          const reply = await redis.call('XREAD', 'COUNT', 500, 'BLOCK', 5_000, 'STREAMS', ...streamKeys, ...ids);
          for (const { key, entries } of streamReply(reply)) {
            const index = streamKeys.indexOf(key);
            for (const entry of entries) {
              ids[index] = entry.id;
              deliver(key, entry.id, entry.fields);
            }
          }
        }
      } catch (error) {
        if (signal.stopped) break;
        warn('event tail: read failed, resuming', { error: errorMessage(error) });
        await signal.sleep(500);
      }
    }
  }

  const loop = run().finally(markStarted);
  return {
    started,
    positions: () => Object.fromEntries(ids.map((id, index) => [streamOfKey.get(streamKeys[index]!)!, id])),
    async close() {
      signal.stop();
      redis.disconnect();
      await loop;
    },
  };
}
