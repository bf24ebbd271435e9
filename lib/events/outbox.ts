import type { SubgraphDomain } from '../../subgraphs/registry';
import { streamOf, type AnyEventEnvelope } from './envelope';

/** Anything that runs raw SQL in the caller's transaction: a Prisma transaction client. */
export interface RawSqlExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/** PostgreSQL schemas that own an outbox table: every subgraph's (see prisma/<name>/migrations). */
export type OutboxSchema = SubgraphDomain;

/**
 * Writes events into the domain's outbox in the caller's transaction: they commit or roll back
 * with the change, and the relay publishes them after the commit. One statement for any number.
 */
export async function writeOutbox(tx: RawSqlExecutor, schema: OutboxSchema, events: AnyEventEnvelope[]): Promise<void> {
  if (!events.length) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO "${schema}"."outbox" ("id", "stream", "type", "envelope", "created_at")
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[])`,
    events.map((event) => event.id),
    events.map((event) => streamOf(event.type)),
    events.map((event) => event.type),
    events.map((event) => JSON.stringify(event)),
    events.map((event) => event.occurredAt),
  );
}
