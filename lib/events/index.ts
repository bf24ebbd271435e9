import type { EventBus } from './bus';
import type { EventBusOptions } from './bus-options';
import { createMemoryEventBus } from './memory-bus';
import { createRedisEventBus } from './redis-bus';

export * from './envelope';
export type * from './bus';
export { writeOutbox, type OutboxSchema, type RawSqlExecutor } from './outbox';
export { markProcessed } from './processed-events';
export { RetryLater } from './retry-later';
export { startOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
export type { EventBusOptions } from './bus-options';

/** Redis Streams when `redisUrl` is set, otherwise the in-process bus. See docs/events.md. */
export function createEventBus(options: EventBusOptions): EventBus {
  const { redisUrl, ...rest } = options;
  return redisUrl ? createRedisEventBus({ ...rest, redisUrl }) : createMemoryEventBus(rest);
}
