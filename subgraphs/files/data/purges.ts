import type { DeletedOrganization, PurgedRows } from '../../../lib/events/purges';
import type { FilesPrisma } from '../db';

/**
 * Retires a deleted project's files in one transaction: every file, in the trash or not, is marked
 * deleted and due now, and uploads in progress expire now, so the sweeper removes their bytes (and
 * for files sends `file.purged`), as for any file past its retention. Its completed uploads (their
 * bytes are their files'), link attachments and usage row are deleted at once.
 */
export function purgeProject(prisma: FilesPrisma, projectId: string, now = new Date()): Promise<PurgedRows> {
  return prisma.$transaction(async (tx) => ({
    files: await tx.$executeRaw`
      UPDATE files.file SET deleted_at = coalesce(deleted_at, ${now}), purge_after = ${now}
      WHERE project_id = ${projectId}::uuid AND (deleted_at IS NULL OR purge_after > ${now})`,
    uploads: await tx.$executeRaw`
      UPDATE files.upload SET expires_at = ${new Date(now.getTime() - 1)}
      WHERE project_id = ${projectId}::uuid AND completed_at IS NULL AND expires_at >= ${now}`,
    completedUploads: (await tx.upload.deleteMany({ where: { projectId, completedAt: { not: null } } })).count,
    linkAttachments: (await tx.linkAttachment.deleteMany({ where: { projectId } })).count,
    usage: (await tx.projectUsage.deleteMany({ where: { projectId } })).count,
  }));
}

/** Deletes a deleted organization's file limits (its files go with its projects). */
export async function purgeOrganization(prisma: FilesPrisma, organization: DeletedOrganization): Promise<PurgedRows> {
  return { limits: (await prisma.organizationLimits.deleteMany({ where: { organizationId: organization.id } })).count };
}
