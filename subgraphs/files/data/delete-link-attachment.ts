import { writeOutbox } from '../../../lib/events/outbox';
import type { FilesPrisma } from '../db';
import { linkEvent, linkSnapshot } from '../events/file-events';

/**
 * Removes a link attachment with its event; false when it was already gone. Two deletions at once
 * both read the link: the second's delete waits for the first, then finds nothing and says so.
 */
export function deleteLinkAttachment(
  prisma: FilesPrisma,
  input: { id: string; organizationId: string; actorId: string },
) {
  return prisma.$transaction(async (tx) => {
    const link = await tx.linkAttachment.findUnique({ where: { id: input.id } });
    if (!link) return false;
    const { count } = await tx.linkAttachment.deleteMany({ where: { id: input.id } });
    if (!count) return false;
    await writeOutbox(tx, 'files', [
      linkEvent('link_attachment.deleted', link, input.organizationId, input.actorId, {
        linkAttachment: linkSnapshot(link),
      }),
    ]);
    return true;
  });
}
