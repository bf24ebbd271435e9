import type { FilesPrisma } from '../db';
import type { Blob } from '../generated/prisma/client';

/** A pending blob is leased for this long: a worker that dies mid-preview leaves it to another after. */
const leaseMs = 5 * 60_000;
export const maxPreviewTries = 3;

/**
 * Leases the oldest pending blob due now, for one worker among any number of replicas (SKIP LOCKED),
 * counting the try; null when none is due.
 */
export async function leasePendingBlob(prisma: FilesPrisma, now: Date): Promise<Blob | null> {
  const [row] = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE files.blob SET preview_tries = preview_tries + 1, preview_after = ${new Date(now.getTime() + leaseMs)}
    WHERE id = (
      SELECT id FROM files.blob
      WHERE preview_status = 'PENDING' AND (preview_after IS NULL OR preview_after <= ${now})
      ORDER BY preview_after NULLS FIRST, created_at LIMIT 1 FOR UPDATE SKIP LOCKED
    ) RETURNING id::text`;
  return row ? prisma.blob.findUnique({ where: { id: row.id } }) : null;
}

export function recordPreview(
  prisma: FilesPrisma,
  blobId: string,
  result: { width: number | null; height: number | null; pageCount: number | null },
) {
  return prisma.blob.update({ where: { id: blobId }, data: { ...result, previewStatus: 'READY', previewAfter: null } });
}

/** After a failed try: again later with a longer wait, or FAILED after the last try. */
export function recordPreviewFailure(prisma: FilesPrisma, blob: Blob, now: Date) {
  const failed = blob.previewTries >= maxPreviewTries;
  return prisma.blob.update({
    where: { id: blob.id },
    data: failed
      ? { previewStatus: 'FAILED', previewAfter: null }
      : { previewAfter: new Date(now.getTime() + 30_000 * 2 ** blob.previewTries) },
  });
}
