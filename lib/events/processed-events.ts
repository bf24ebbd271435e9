import type { RawSqlExecutor } from './outbox';

/**
 * Records that `consumer` has handled `eventId`, in the caller's transaction; false when it already
 * had. Run the handler's effect in the same transaction and skip it when this returns false: an
 * event delivered twice then takes effect once. Table DDL: docs/events.md.
 */
export async function markProcessed(
  tx: RawSqlExecutor,
  schema: string,
  consumer: string,
  eventId: string,
): Promise<boolean> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const inserted = await tx.$executeRawUnsafe(
    `INSERT INTO "${schema}"."processed_events" ("consumer", "event_id") VALUES ($1, $2::uuid) ON CONFLICT DO NOTHING`,
    consumer,
    eventId,
  );
  return inserted > 0;
}
