import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { IntegrationsPrisma, IntegrationsTx } from '../db';

/** A due delivery is leased for this long: a worker that dies mid-request leaves it to another after. */
export const leaseMs = 2 * 60_000;

const LeasedRow = z.object({ id: z.string() });

/**
 * Runs a lease statement under this transaction-level advisory lock, taken by every lease of any
 * replica, and answers the ids it leased. An endpoint's requests in flight are its deliveries leased
 * and not expired; counting them and leasing more must not interleave with another replica doing the
 * same, or both would see the same free slots. The lease statements are short (milliseconds), so
 * replicas take turns at leasing, not at sending.
 */
function underLeaseLock(
  prisma: IntegrationsPrisma,
  query: string,
  lease: (tx: IntegrationsTx) => Promise<unknown>,
): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('integrations'), hashtext('webhook_delivery_lease'))`;
    return parseRows(query, LeasedRow, await lease(tx)).map((row) => row.id);
  });
}

/**
 * Leases up to `limit` deliveries due at `now` of enabled endpoints, for one worker among any number
 * of replicas. An endpoint gets at most `perEndpoint` deliveries leased and unexpired at once, across
 * replicas: each enabled endpoint contributes its oldest due deliveries up to its free slots
 * (`perEndpoint` less those in flight), so one busy endpoint never keeps the others waiting. A
 * delivery waits while an earlier delivery of the same endpoint and aggregate is pending, so an
 * endpoint hears of one work item in order.
 *
 * The count and the lease are one statement of a transaction that first takes the lease lock: under
 * READ COMMITTED that statement's snapshot is taken after the lock, so it sees every lease committed
 * by the replica that held the lock before (a lease given back meanwhile is only seen later: the
 * limit errs low, never high). Only the rows leased are locked (not every candidate); the UPDATE's
 * own conditions are checked again on a row another transaction changed meanwhile (a redelivery, a
 * disabled endpoint holding it).
 */
export async function leaseDueDeliveries(
  prisma: IntegrationsPrisma,
  now: Date,
  limit: number,
  perEndpoint: number,
): Promise<string[]> {
  return underLeaseLock(
    prisma,
    'leaseDueDeliveries',
    (tx) => tx.$queryRaw`
        UPDATE integrations.webhook_delivery u SET lease_until = ${new Date(now.getTime() + leaseMs)}
        WHERE u.status = 'PENDING' AND (u.lease_until IS NULL OR u.lease_until <= ${now}) AND u.id IN (
          SELECT c.id FROM integrations.webhook_endpoint e
          CROSS JOIN LATERAL (
            SELECT d.id, d.next_attempt_at, d.seq FROM integrations.webhook_delivery d
            WHERE d.endpoint_id = e.id AND d.status = 'PENDING' AND d.next_attempt_at <= ${now}
              AND (d.lease_until IS NULL OR d.lease_until <= ${now})
              AND NOT EXISTS (
                SELECT 1 FROM integrations.webhook_delivery p
                WHERE p.endpoint_id = d.endpoint_id AND p.aggregate_id = d.aggregate_id
                  AND p.status = 'PENDING' AND p.seq < d.seq
              )
            ORDER BY d.next_attempt_at, d.seq
            LIMIT greatest(${perEndpoint}::int - (
              SELECT count(*) FROM integrations.webhook_delivery l
              WHERE l.endpoint_id = e.id AND l.lease_until > ${now} AND l.status = 'PENDING'
            ), 0)
          ) c
          WHERE e.disabled_at IS NULL
          ORDER BY c.next_attempt_at, c.seq
          LIMIT ${limit}
        ) RETURNING u.id::text`,
  );
}

/**
 * Leases one delivery due now whatever its time (a ping, a redelivery); false when another holds it,
 * it waits its turn, its endpoint was disabled meanwhile, or its endpoint already has `perEndpoint` requests in flight (the worker's next
 * round sends it then).
 */
export async function leaseDelivery(
  prisma: IntegrationsPrisma,
  deliveryId: string,
  now: Date,
  perEndpoint: number,
): Promise<boolean> {
  const leased = await underLeaseLock(
    prisma,
    'leaseDelivery',
    (tx) => tx.$queryRaw`
        UPDATE integrations.webhook_delivery d SET lease_until = ${new Date(now.getTime() + leaseMs)}
        WHERE d.id = ${deliveryId}::uuid AND d.status = 'PENDING'
          AND (d.lease_until IS NULL OR d.lease_until <= ${now})
          AND EXISTS (
            SELECT 1 FROM integrations.webhook_endpoint e WHERE e.id = d.endpoint_id AND e.disabled_at IS NULL
          )
          AND NOT EXISTS (
            SELECT 1 FROM integrations.webhook_delivery p
            WHERE p.endpoint_id = d.endpoint_id AND p.aggregate_id = d.aggregate_id
              AND p.status = 'PENDING' AND p.seq < d.seq
          )
          AND (
            SELECT count(*) FROM integrations.webhook_delivery l
            WHERE l.endpoint_id = d.endpoint_id AND l.lease_until > ${now} AND l.status = 'PENDING'
          ) < ${perEndpoint}
        RETURNING d.id::text`,
  );
  return leased.length > 0;
}
