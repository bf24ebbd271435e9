import { writeOutbox } from '../../../lib/events/outbox';
import type { FilesPrisma } from '../db';
import { fileEvent, fileSnapshot } from '../events/file-events';
import { objectsOfBlob } from '../rules/storage-keys';

/**
 * Purges up to `limit` deleted files past their retention, in one transaction: their versions, the
 * blobs no other version uses (and the project's usage), and a `file.purged` event each. Answers the
 * store objects to delete after the commit: a crash in between leaves unreachable bytes, never a
 * file whose bytes are gone.
 */
export async function purgeDueFiles(
  prisma: FilesPrisma,
  now: Date,
  limit = 100,
): Promise<{ purged: number; objects: string[] }> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM files.file
      WHERE deleted_at IS NOT NULL AND purge_after <= ${now}
      ORDER BY purge_after LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    if (!due.length) return { purged: 0, objects: [] };
    const ids = due.map((row) => row.id);
    const files = await tx.file.findMany({
      where: { id: { in: ids } },
      include: { versions: { include: { blob: true } } },
    });
    const blobIds = [...new Set(files.flatMap((file) => file.versions.map((version) => version.blobId)))];
    await tx.file.deleteMany({ where: { id: { in: ids } } });
    const orphans = await tx.blob.findMany({ where: { id: { in: blobIds }, versions: { none: {} } } });
    await tx.blob.deleteMany({ where: { id: { in: orphans.map((blob) => blob.id) } } });
    const freed = new Map<string, bigint>();
    for (const blob of orphans) freed.set(blob.projectId, (freed.get(blob.projectId) ?? 0n) + blob.byteSize);
    for (const [projectId, bytes] of freed) {
      // updateMany: a deleted project's usage row is already gone (purgeProject).
      await tx.projectUsage.updateMany({ where: { projectId }, data: { usedBytes: { decrement: bytes } } });
    }
    await writeOutbox(
      tx,
      'files',
      files.map((file) => {
        const current = file.versions.find((version) => version.id === file.currentVersionId) ?? file.versions[0]!;
        return fileEvent('file.purged', file, null, { file: fileSnapshot(file, current.blob) });
      }),
    );
    return { purged: files.length, objects: orphans.flatMap((blob) => objectsOfBlob(blob.storageKey)) };
  });
}

/** Marks every file of these work items deleted and due now (their item is gone), so the next sweep purges them. */
export async function retireFilesOfWorkItems(prisma: FilesPrisma, workItemIds: readonly string[], now: Date) {
  return prisma.file.updateMany({
    where: { workItemId: { in: [...workItemIds] } },
    data: { deletedAt: now, purgeAfter: now },
  });
}

/** Marks the files of these comments deleted and due now (the comment is gone). */
export async function retireFilesOfComments(prisma: FilesPrisma, commentIds: readonly string[], now: Date) {
  return prisma.file.updateMany({
    where: { targetKind: 'COMMENT', targetId: { in: [...commentIds] } },
    data: { deletedAt: now, purgeAfter: now },
  });
}
