import { writeOutbox } from '../../../lib/events/outbox';
import type { FilesPrisma } from '../db';
import { fileEvent, fileSnapshot } from '../events/file-events';
import { lockedFile } from './locked-file';

/**
 * Brings back a deleted file that is not purged yet, with its event; a file not deleted stays as it
 * was, also when a request at the same time restored it (the row is locked).
 */
export function restoreFile(prisma: FilesPrisma, input: { fileId: string; actorId: string }) {
  return prisma.$transaction(async (tx) => {
    const current = await lockedFile(tx, input.fileId);
    if (!current.deletedAt) return current;
    const file = await tx.file.update({
      where: { id: input.fileId },
      data: { deletedAt: null, deletedBy: null, purgeAfter: null },
    });
    const blob = await tx.blob.findFirstOrThrow({ where: { versions: { some: { id: file.currentVersionId ?? '' } } } });
    await writeOutbox(tx, 'files', [
      fileEvent('file.restored', file, input.actorId, { file: fileSnapshot(file, blob) }),
    ]);
    return file;
  });
}
