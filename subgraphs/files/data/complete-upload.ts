import { randomUUID } from 'node:crypto';
import { AppError, ErrorCode, conflict } from '../../../lib/errors';
import { writeOutbox } from '../../../lib/events/outbox';
import type { FilesPrisma, FilesTx } from '../db';
import { fileEvent, fileSnapshot } from '../events/file-events';
import type { Upload } from '../generated/prisma/client';

/** What the bytes of an upload turned out to be, read from the store. */
export interface CheckedContent {
  sha256: string;
  byteSize: number;
  contentType: string;
  contentKind: string;
  /** Whether the preview worker has thumbnails (or a PDF preview) to make. */
  previewable: boolean;
}

export interface AccessibilityInput {
  altText: string | null;
  decorative: boolean;
  longDescription: string | null;
  language: string | null;
}

/** The blob of these bytes in the project: the one already stored (deduplicated), or a new one counted against the quota. */
async function blobFor(tx: FilesTx, upload: Upload, content: CheckedContent, quotaBytes: number) {
  const existing = await tx.blob.findUnique({
    where: { projectId_sha256: { projectId: upload.projectId, sha256: content.sha256 } },
  });
  if (existing) return { blob: existing, deduplicated: true };
  await tx.$executeRaw`
    INSERT INTO files.project_usage (project_id, organization_id, used_bytes, updated_at)
    VALUES (${upload.projectId}::uuid, ${upload.organizationId}::uuid, 0, now())
    ON CONFLICT (project_id) DO NOTHING`;
  // One conditional update: concurrent uploads to one project cannot pass the quota together.
  const counted = await tx.$executeRaw`
    UPDATE files.project_usage SET used_bytes = used_bytes + ${content.byteSize}, updated_at = now()
    WHERE project_id = ${upload.projectId}::uuid AND used_bytes + ${content.byteSize} <= ${quotaBytes}`;
  if (!counted) {
    const usage = await tx.projectUsage.findUnique({ where: { projectId: upload.projectId } });
    throw new AppError(ErrorCode.QuotaExceeded, "The project's files would pass its storage quota.", {
      field: 'input.uploadId',
      limit: quotaBytes,
      used: Number(usage?.usedBytes ?? 0),
    });
  }
  const blob = await tx.blob.create({
    data: {
      id: randomUUID(),
      projectId: upload.projectId,
      sha256: content.sha256,
      byteSize: BigInt(content.byteSize),
      contentType: content.contentType,
      contentKind: content.contentKind,
      storageKey: upload.storageKey,
      previewStatus: content.previewable ? 'PENDING' : 'NONE',
    },
  });
  return { blob, deduplicated: false };
}

/**
 * Records a completed upload in one transaction: the blob (or the identical one already stored), a new
 * file or a new version of the upload's file, the upload marked completed, and the event. A second
 * completion of the same upload waits for the first and then finds it completed: CONFLICT.
 */
export async function completeUpload(
  prisma: FilesPrisma,
  input: { uploadId: string; content: CheckedContent; accessibility: AccessibilityInput; quotaBytes: number },
) {
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM files.upload WHERE id = ${input.uploadId}::uuid AND completed_at IS NULL FOR UPDATE`;
    if (!locked) throw conflict('This upload has already been completed.', { field: 'input.uploadId' });
    const upload = await tx.upload.findUniqueOrThrow({ where: { id: input.uploadId } });
    const { blob, deduplicated } = await blobFor(tx, upload, input.content, input.quotaBytes);
    const now = new Date();
    let fileId = upload.fileId;
    let number = 1;
    if (fileId) {
      const [current] = await tx.$queryRaw<{ versionCount: number; deleted: boolean }[]>`
        SELECT version_count AS "versionCount", deleted_at IS NOT NULL AS deleted
        FROM files.file WHERE id = ${fileId}::uuid FOR UPDATE`;
      if (!current || current.deleted) {
        throw conflict('The file was deleted; restore it before adding a version.', { field: 'input.uploadId' });
      }
      number = current.versionCount + 1;
    } else {
      fileId = randomUUID();
      await tx.file.create({
        data: {
          id: fileId,
          projectId: upload.projectId,
          organizationId: upload.organizationId,
          targetKind: upload.targetKind,
          targetId: upload.targetId,
          workItemId: upload.workItemId,
          name: upload.fileName,
          tags: upload.tags,
          ...input.accessibility,
          createdBy: upload.createdBy,
          createdAt: now,
        },
      });
    }
    const version = await tx.fileVersion.create({
      data: {
        id: randomUUID(),
        fileId,
        number,
        blobId: blob.id,
        fileName: upload.fileName,
        createdBy: upload.createdBy,
        createdAt: now,
      },
    });
    const file = await tx.file.update({
      where: { id: fileId },
      data: { currentVersionId: version.id, versionCount: number },
    });
    await tx.upload.update({ where: { id: upload.id }, data: { completedAt: now } });
    await writeOutbox(tx, 'files', [
      fileEvent(number === 1 ? 'file.attached' : 'file.version_added', file, upload.createdBy, {
        file: fileSnapshot(file, blob),
      }),
    ]);
    return { file, version, blob, deduplicated };
  });
}

/** Forgets an upload whose bytes were refused, so it cannot be completed later. */
export async function discardUpload(prisma: FilesPrisma, uploadId: string) {
  await prisma.upload.deleteMany({ where: { id: uploadId, completedAt: null } });
}
