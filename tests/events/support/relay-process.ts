import { createEventBus, startOutboxRelay, type EventBus } from '../../../lib/events';
import { createLogger } from '../../../lib/logger';

// A relay in a process of its own, killed (SIGKILL) right after its first XADD and before it marks
// the outbox row published.
const { REDIS_URL, KEY_PREFIX, DATABASE_URL } = process.env as Record<string, string>;
const logger = createLogger('relay', 'silent');
const bus = createEventBus({ redisUrl: REDIS_URL, keyPrefix: KEY_PREFIX, logger });
const dying: EventBus = {
  ...bus,
  async publish(stream, envelope) {
    const entryId = await bus.publish(stream, envelope);
    process.stdout.write(`PUBLISHED ${entryId}\n`);
    process.kill(process.pid, 'SIGKILL');
    return entryId;
  },
};
void bus.ready().then(() => startOutboxRelay({ databaseUrl: DATABASE_URL!, schema: 'work_items', bus: dying, logger }));
