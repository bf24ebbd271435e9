import { raw } from '@prisma/client/runtime/client';
import type { IntegrationsPrisma } from '../db';

/** Rows one sweep statement deletes at most: each statement is short and holds few locks. */
export const sweepBatchSize = 5000;

/** The tables swept, each with the time its rows are forgotten by (an index leads with it). */
const swept = {
  webhook_delivery: 'created_at',
  processed_events: 'processed_at',
  vcs_delivery: 'received_at',
} as const;

export type SweptTable = keyof typeof swept;

/**
 * Deletes at most `batchSize` rows of `table` older than `before`, in one statement: the oldest
 * first through the table's time index, rows another replica's sweep holds skipped. A delivery's
 * attempts go with it (ON DELETE CASCADE). Answers how many were deleted.
 */
export function sweepBatch(
  prisma: Pick<IntegrationsPrisma, '$executeRaw'>,
  table: SweptTable,
  before: Date,
  batchSize = sweepBatchSize,
): Promise<number> {
  const time = raw(swept[table]);
  return prisma.$executeRaw`
    DELETE FROM integrations.${raw(table)} WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM integrations.${raw(table)} WHERE ${time} < ${before}
      ORDER BY ${time} LIMIT ${batchSize} FOR UPDATE SKIP LOCKED
    ))`;
}

/**
 * Deletes deliveries (and their attempts) made before `before`, the consumer's record of events
 * handled before it, and the repository hosts' delivery ids received before it: past retention,
 * nothing replays them, no stream still holds them, and no host redelivers that late (GitHub
 * allows 3 days). A backlog goes in statements of `batchSize` rows, each its own transaction, until
 * a statement finds fewer. Answers how many deliveries were deleted.
 */
export async function sweepDeliveries(
  prisma: IntegrationsPrisma,
  before: Date,
  batchSize = sweepBatchSize,
): Promise<number> {
  let deliveries = 0;
  for (const table of Object.keys(swept) as SweptTable[]) {
    for (;;) {
      const deleted = await sweepBatch(prisma, table, before, batchSize);
      if (table === 'webhook_delivery') deliveries += deleted;
      if (deleted < batchSize) break;
    }
  }
  return deliveries;
}
