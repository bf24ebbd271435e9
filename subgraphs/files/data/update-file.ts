import { writeOutbox } from '../../../lib/events/outbox';
import type { FilesPrisma } from '../db';
import { fileEvent, fileSnapshot } from '../events/file-events';
import type { Prisma } from '../generated/prisma/client';

/** Changes a file's name, accessibility metadata or tags, with its `file.updated` event, in one transaction. */
export function updateFile(
  prisma: FilesPrisma,
  input: { fileId: string; actorId: string; changes: Prisma.FileUpdateInput; changedFields: string[] },
) {
  return prisma.$transaction(async (tx) => {
    const file = await tx.file.update({ where: { id: input.fileId }, data: input.changes });
    const blob = await tx.blob.findFirstOrThrow({ where: { versions: { some: { id: file.currentVersionId ?? '' } } } });
    await writeOutbox(tx, 'files', [
      fileEvent('file.updated', file, input.actorId, {
        file: fileSnapshot(file, blob),
        changedFields: input.changedFields,
      }),
    ]);
    return file;
  });
}
