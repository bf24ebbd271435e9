import type { IntegrationsPrisma, IntegrationsTx } from '../../db';

/** A link attachment of a deleted connection, due for removal in the files service. */
export interface AttachmentRemoval {
  linkAttachmentId: string;
  organizationId: string;
  actorId: string;
  attempts: number;
}

/** How long a leased removal stays out of other rounds: a round that dies leaves it due again after this. */
const leaseMs = 60_000;

/**
 * Queues the removal of the link attachments a connection made, in the transaction that deletes it
 * (so a crash after the commit loses none): those of its links no other connection's link shares.
 */
export async function queueAttachmentRemovals(tx: IntegrationsTx, connectionId: string, actorId: string) {
  await tx.$executeRaw`
    INSERT INTO integrations.vcs_attachment_removal (link_attachment_id, organization_id, actor_id)
    SELECT DISTINCT l.link_attachment_id, l.organization_id, ${actorId}::uuid
    FROM integrations.vcs_link l
    WHERE l.connection_id = ${connectionId}::uuid AND l.link_attachment_id IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM integrations.vcs_link o
        WHERE o.link_attachment_id = l.link_attachment_id AND o.connection_id <> l.connection_id)
    ON CONFLICT DO NOTHING`;
}

/** Leases up to `limit` due removals (replicas skip each other's), oldest first. */
export function leaseAttachmentRemovals(
  prisma: IntegrationsPrisma,
  now: Date,
  limit: number,
): Promise<AttachmentRemoval[]> {
  return prisma.$queryRaw<AttachmentRemoval[]>`
    UPDATE integrations.vcs_attachment_removal r
    SET next_attempt_at = ${new Date(now.getTime() + leaseMs)}, attempts = r.attempts + 1
    WHERE r.link_attachment_id IN (
      SELECT link_attachment_id FROM integrations.vcs_attachment_removal
      WHERE next_attempt_at <= ${now}
      ORDER BY next_attempt_at, link_attachment_id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING r.link_attachment_id::text AS "linkAttachmentId", r.organization_id::text AS "organizationId",
      r.actor_id::text AS "actorId", r.attempts`;
}

/** Removals the files service confirmed (removed now or gone before). */
export async function finishAttachmentRemovals(prisma: IntegrationsPrisma, ids: readonly string[]) {
  await prisma.vcsAttachmentRemoval.deleteMany({ where: { linkAttachmentId: { in: [...ids] } } });
}

/** Removals whose call failed: due again after a backoff that doubles per attempt, 10 s up to an hour. */
export async function postponeAttachmentRemovals(
  prisma: IntegrationsPrisma,
  removals: readonly AttachmentRemoval[],
  now: Date,
) {
  const attempts = Math.max(...removals.map((removal) => removal.attempts));
  const delayMs = Math.min(3600_000, 10_000 * 2 ** Math.min(attempts - 1, 12));
  await prisma.vcsAttachmentRemoval.updateMany({
    where: { linkAttachmentId: { in: removals.map((removal) => removal.linkAttachmentId) } },
    data: { nextAttemptAt: new Date(now.getTime() + delayMs) },
  });
}
