import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { IntegrationsPrisma } from '../db';

/** A due delivery is leased for this long: a worker that dies mid-request leaves it to another after. */
export const leaseMs = 2 * 60_000;

const LeasedRow = z.object({ id: z.string() });

/**
 * Leases up to `limit` deliveries due at `now` of enabled endpoints, for one worker among any number
 * of replicas (SKIP LOCKED). A delivery waits while an earlier delivery of the same endpoint and
 * aggregate is pending, so an endpoint hears of one work item in order.
 */
export async function leaseDueDeliveries(prisma: IntegrationsPrisma, now: Date, limit: number): Promise<string[]> {
  const rows = parseRows(
    'leaseDueDeliveries',
    LeasedRow,
    await prisma.$queryRaw`
      UPDATE integrations.webhook_delivery SET lease_until = ${new Date(now.getTime() + leaseMs)}
      WHERE id IN (
        SELECT d.id FROM integrations.webhook_delivery d
        JOIN integrations.webhook_endpoint e ON e.id = d.endpoint_id AND e.disabled_at IS NULL
        WHERE d.status = 'PENDING' AND d.next_attempt_at <= ${now}
          AND (d.lease_until IS NULL OR d.lease_until <= ${now})
          AND NOT EXISTS (
            SELECT 1 FROM integrations.webhook_delivery p
            WHERE p.endpoint_id = d.endpoint_id AND p.aggregate_id = d.aggregate_id
              AND p.status = 'PENDING' AND p.seq < d.seq
          )
        ORDER BY d.next_attempt_at, d.seq
        LIMIT ${limit}
        FOR UPDATE OF d SKIP LOCKED
      ) RETURNING id::text`,
  );
  return rows.map((row) => row.id);
}

/** Leases one delivery due now whatever its time (a ping, a redelivery); null when another holds it or it waits its turn. */
export async function leaseDelivery(prisma: IntegrationsPrisma, deliveryId: string, now: Date): Promise<boolean> {
  const rows = parseRows(
    'leaseDelivery',
    LeasedRow,
    await prisma.$queryRaw`
      UPDATE integrations.webhook_delivery d SET lease_until = ${new Date(now.getTime() + leaseMs)}
      WHERE d.id = ${deliveryId}::uuid AND d.status = 'PENDING'
        AND (d.lease_until IS NULL OR d.lease_until <= ${now})
        AND NOT EXISTS (
          SELECT 1 FROM integrations.webhook_delivery p
          WHERE p.endpoint_id = d.endpoint_id AND p.aggregate_id = d.aggregate_id
            AND p.status = 'PENDING' AND p.seq < d.seq
        )
      RETURNING d.id::text`,
  );
  return rows.length > 0;
}
