import { randomUUID } from 'node:crypto';
import { writeOutbox } from '../../../lib/events/outbox';
import type { FilesPrisma } from '../db';
import { linkEvent, linkSnapshot } from '../events/file-events';
import type { LinkAttachment } from '../generated/prisma/client';

export interface LinkAttachmentInput {
  projectId: string;
  organizationId: string;
  targetKind: string;
  targetId: string;
  workItemId: string | null;
  url: string;
  title: string;
  subtitle: string | null;
  iconUrl: string | null;
  actorId: string;
}

/**
 * Adds the link, or updates the one with the same URL on the same target, with its event: one
 * statement decides which (INSERT ... ON CONFLICT), so two integrations racing make one link.
 */
export function upsertLinkAttachment(prisma: FilesPrisma, input: LinkAttachmentInput) {
  return prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string; created: boolean }[]>`
      INSERT INTO files.link_attachment
        (id, project_id, target_kind, target_id, work_item_id, url, title, subtitle, icon_url, created_by, updated_by, created_at, updated_at)
      VALUES (${randomUUID()}::uuid, ${input.projectId}::uuid, ${input.targetKind}, ${input.targetId}::uuid,
        ${input.workItemId}::uuid, ${input.url}, ${input.title}, ${input.subtitle}, ${input.iconUrl},
        ${input.actorId}::uuid, ${input.actorId}::uuid, now(), now())
      ON CONFLICT (target_kind, target_id, url) DO UPDATE
        SET title = EXCLUDED.title, subtitle = EXCLUDED.subtitle, icon_url = EXCLUDED.icon_url,
            updated_by = EXCLUDED.updated_by, updated_at = now()
      RETURNING id::text, (xmax = 0) AS created`;
    const link: LinkAttachment = await tx.linkAttachment.findUniqueOrThrow({ where: { id: row!.id } });
    await writeOutbox(tx, 'files', [
      linkEvent('link_attachment.upserted', link, input.organizationId, input.actorId, {
        linkAttachment: linkSnapshot(link),
        created: row!.created,
      }),
    ]);
    return { link, created: row!.created };
  });
}
