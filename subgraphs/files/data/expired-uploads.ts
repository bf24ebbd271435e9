import type { FilesPrisma } from '../db';

/**
 * Removes up to `limit` uploads that expired without being completed and answers their store keys
 * (bytes may have been sent). Their keys are theirs alone: a completed upload's key is its blob's.
 */
export async function takeExpiredUploads(prisma: FilesPrisma, now: Date, limit = 200): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ storageKey: string }[]>`
    DELETE FROM files.upload WHERE id IN (
      SELECT id FROM files.upload WHERE completed_at IS NULL AND expires_at < ${now}
      ORDER BY expires_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
    ) RETURNING storage_key AS "storageKey"`;
  return rows.map((row) => row.storageKey);
}

/** Completed uploads are kept this long (their `FileUpload` still answers `completed: true`), then removed. */
export const completedUploadRetentionMs = 24 * 3600 * 1000;

/** Removes up to `limit` uploads completed more than a day before `now`; their bytes are their files' now. */
export async function removeCompletedUploads(prisma: FilesPrisma, now: Date, limit = 1000): Promise<number> {
  const before = new Date(now.getTime() - completedUploadRetentionMs);
  return prisma.$executeRaw`
    DELETE FROM files.upload WHERE id IN (
      SELECT id FROM files.upload WHERE completed_at IS NOT NULL AND completed_at < ${before}
      ORDER BY completed_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
    )`;
}
