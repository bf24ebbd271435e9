import { writeOutbox } from '../../../lib/events/outbox';
import type { FilesPrisma } from '../db';
import { fileEvent, fileSnapshot } from '../events/file-events';
import { lockedFile } from './locked-file';

/**
 * Soft-deletes a file until `purgeAfter`, with its event; a file already deleted stays as it was, also
 * when a request at the same time deleted it (the row is locked).
 */
export function deleteFile(prisma: FilesPrisma, input: { fileId: string; actorId: string; purgeAfter: Date }) {
  return prisma.$transaction(async (tx) => {
    const current = await lockedFile(tx, input.fileId);
    if (current.deletedAt) return current;
    const file = await tx.file.update({
      where: { id: input.fileId },
      data: { deletedAt: new Date(), deletedBy: input.actorId, purgeAfter: input.purgeAfter },
    });
    const blob = await tx.blob.findFirstOrThrow({ where: { versions: { some: { id: file.currentVersionId ?? '' } } } });
    await writeOutbox(tx, 'files', [
      fileEvent('file.deleted', file, input.actorId, {
        file: fileSnapshot(file, blob),
        purgeAfter: input.purgeAfter.toISOString(),
      }),
    ]);
    return file;
  });
}
