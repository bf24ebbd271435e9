import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger';
import { throttledWarning } from './throttled-log';

/**
 * `commands` fail at once while Redis is unreachable (publishers have the outbox to retry from);
 * `blocking` ones wait for the reconnection, for consumers and tails that resume by themselves.
 * RESP2 everywhere: stream replies keep their documented array shapes.
 */
export function connectRedis(url: string, kind: 'commands' | 'blocking', logger: Logger, name: string): Redis {
  const options: RedisOptions & { disconnectTimeout: number } = {
    protocol: 2,
    // CLIENT LIST then shows whose connection it is: prefix (deployment) and role.
    connectionName: name.replace(/[^\x21-\x7e]/g, '_'),
    connectTimeout: 5_000,
    ...(kind === 'commands'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 5_000 }
      : { enableOfflineQueue: true, maxRetriesPerRequest: null }),
    // Reconnection attempts at most a second apart (ioredis waits up to 2 s), so work resumes soon after Redis does.
    retryStrategy: (times: number) => Math.min(times * 50, 1000),
    // A socket dropped mid-read (stop, close) is destroyed after this instead of 2 s, which kept processes alive.
    disconnectTimeout: 200,
  };
  const redis = new Redis(url, options);
  const warn = throttledWarning(logger);
  redis.on('error', (error: Error) => warn('events: redis unavailable', { connection: name, error: error.message }));
  return redis;
}

export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
  // Disconnecting twice leaves a 2 s destroy timer behind, so an ended connection is left alone.
  else if (redis.status !== 'end') redis.disconnect();
}

export function isNoGroupError(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('NOGROUP');
}

export function isBusyGroupError(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('BUSYGROUP');
}

/** XREAD / XREADGROUP reply: `[[key, [[id, [field, value, ...]], ...]], ...]` or null. */
export function streamReply(reply: unknown): { key: string; entries: { id: string; fields: unknown }[] }[] {
  if (!Array.isArray(reply)) return [];
  return reply.map((item) => {
    const [key, entries] = item as [string, [string, unknown][]];
    return { key: String(key), entries: (entries ?? []).map(([id, fields]) => ({ id: String(id), fields })) };
  });
}
