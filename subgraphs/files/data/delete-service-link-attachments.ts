import { writeOutbox } from '../../../lib/events/outbox';
import type { FilesPrisma } from '../db';
import { linkEvent, linkSnapshot } from '../events/file-events';

/**
 * Removes link attachments of work items in one transaction, each with its `link_attachment.deleted`
 * event; `organizationOf(workItemId)` says each item's organization (null: the item is gone), and
 * only attachments of items in `organizationId` (or of items gone) are removed. Answers the ids this
 * call removed: ids already gone are left out, so a repeated call removes nothing more.
 */
export async function deleteServiceLinkAttachments(
  prisma: FilesPrisma,
  input: {
    ids: readonly string[];
    organizationId: string;
    actorId: string;
    organizationOf: (workItemIds: readonly string[]) => Promise<(string | null)[]>;
  },
): Promise<string[]> {
  const found = await prisma.linkAttachment.findMany({
    where: { id: { in: [...input.ids] }, targetKind: 'WORK_ITEM' },
  });
  const organizations = await input.organizationOf(found.map((link) => link.workItemId ?? link.targetId));
  const links = found.filter((_link, index) => {
    const organizationId = organizations[index];
    return organizationId === null || organizationId === input.organizationId;
  });
  if (!links.length) return [];
  return prisma.$transaction(async (tx) => {
    // Another removal may have won meanwhile: only the rows this statement removed get an event.
    const removed = await tx.$queryRaw<{ id: string }[]>`
      DELETE FROM files.link_attachment WHERE id = ANY(${links.map((link) => link.id)}::uuid[]) RETURNING id::text`;
    const gone = new Set(removed.map((row) => row.id));
    const events = links
      .filter((link) => gone.has(link.id))
      .map((link) =>
        linkEvent('link_attachment.deleted', link, input.organizationId, input.actorId, {
          linkAttachment: linkSnapshot(link),
        }),
      );
    await writeOutbox(tx, 'files', events);
    return links.filter((link) => gone.has(link.id)).map((link) => link.id);
  });
}
