import type pg from 'pg';
import type { StreamEvent } from '../../../lib/events/bus';
import { markProcessed } from '../../../lib/events/processed-events';
import { executorOf, inTransaction } from './database';

/**
 * A consumer's handler as docs/events.md prescribes: its effect (a row in `effects`) and
 * markProcessed in one transaction, the effect skipped when the event was already processed.
 * Resolves true when this call applied the effect.
 */
export function applyEffect(pool: pg.Pool, group: string, consumer: string, event: StreamEvent): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    if (!(await markProcessed(executorOf(client), 'work_items', group, event.envelope.id))) return false;
    await client.query('INSERT INTO "work_items"."effects" ("event_id", "consumer", "note") VALUES ($1, $2, $3)', [
      event.envelope.id,
      group,
      consumer,
    ]);
    return true;
  });
}
