import pg from 'pg';
import { createEventBus } from '../../../lib/events';
import { createLogger } from '../../../lib/logger';
import { applyEffect } from './effects';

// A consumer in a process of its own, killed (SIGKILL) right after its handler's transaction
// commits and before the message is acknowledged, as a crash at the worst moment would.
const { REDIS_URL, KEY_PREFIX, DATABASE_URL, GROUP, CONSUMER } = process.env as Record<string, string>;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
const bus = createEventBus({ redisUrl: REDIS_URL, keyPrefix: KEY_PREFIX, logger: createLogger('consumer', 'silent') });
const consumer = bus.consume({
  group: GROUP!,
  consumer: CONSUMER,
  streams: ['work-items'],
  async handle(event) {
    await applyEffect(pool, GROUP!, CONSUMER!, event);
    process.stdout.write(`HANDLED ${event.envelope.id}\n`);
    process.kill(process.pid, 'SIGKILL');
  },
});
void consumer.started.then(() => process.stdout.write('READY\n'));
