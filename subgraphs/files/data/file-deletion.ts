import { writeOutbox } from '../../../lib/events/outbox';
import type { FilesPrisma } from '../db';
import { fileEvent, fileSnapshot } from '../events/file-events';
import { lockedFile } from './locked-file';

/**
 * Deletes a file until `purgeAfter` (it leaves lists; the sweeper purges it then), or brings a deleted
 * one back, with `file.deleted` or `file.restored`. Decided on the file's locked row: a file that
 * already is so, even through a request at the same time, stays as it was and gets no event.
 */
export function setFileDeleted(
  prisma: FilesPrisma,
  input: { fileId: string; actorId: string } & ({ deleted: true; purgeAfter: Date } | { deleted: false }),
) {
  return prisma.$transaction(async (tx) => {
    const current = await lockedFile(tx, input.fileId);
    if ((current.deletedAt !== null) === input.deleted) return current;
    const file = await tx.file.update({
      where: { id: input.fileId },
      data: input.deleted
        ? { deletedAt: new Date(), deletedBy: input.actorId, purgeAfter: input.purgeAfter }
        : { deletedAt: null, deletedBy: null, purgeAfter: null },
    });
    const blob = await tx.blob.findFirstOrThrow({ where: { versions: { some: { id: file.currentVersionId ?? '' } } } });
    const snapshot = fileSnapshot(file, blob);
    await writeOutbox(tx, 'files', [
      input.deleted
        ? fileEvent('file.deleted', file, input.actorId, { file: snapshot, purgeAfter: input.purgeAfter.toISOString() })
        : fileEvent('file.restored', file, input.actorId, { file: snapshot }),
    ]);
    return file;
  });
}
