import { randomUUID } from 'node:crypto';
import { AppError, ErrorCode, badInput, conflict, forbidden } from '../../../lib/errors';
import { fromGlobalId } from '../../../lib/ids';
import { projectWithRole } from '../../../lib/server/project-access';
import { readableFile, targetOf, type Target } from '../access';
import { safeFileName } from '../../../lib/files/file-names';
import { viewerIdOf, type FilesContext } from '../context';
import { createUpload } from '../data/create-upload';
import type { CreateUploadInput } from '../generated/resolvers-types';
import { tagsOf } from '../rules/file-metadata';
import { effectiveLimits } from '../rules/limits';
import { uploadKey } from '../rules/storage-keys';

const contentTypePattern = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** Where a new upload goes: a new file of the input's target, or a new version of its file. */
async function destinationOf(context: FilesContext, input: CreateUploadInput) {
  if (Boolean(input.target) === Boolean(input.fileId)) {
    throw badInput('input.target', 'Give either target (a new file) or fileId (a new version), not both.');
  }
  if (input.target) return { target: await targetOf(context, input.target, 'input.target', 'MEMBER'), fileId: null };
  const { file } = await readableFile(context, fromGlobalId(input.fileId!, 'File', 'input.fileId'));
  await projectWithRole(context, file.projectId, 'MEMBER');
  if (file.deletedAt)
    throw conflict('The file was deleted; restore it before adding a version.', { field: 'input.fileId' });
  const target: Target = {
    projectId: file.projectId,
    organizationId: file.organizationId,
    role: 'MEMBER',
    archived: false,
    kind: file.targetKind as Target['kind'],
    targetId: file.targetId,
    workItemId: file.workItemId,
  };
  return { target, fileId: file.id };
}

/**
 * `createUpload`: checks the target, the size against the organization's limit and the project's
 * quota (before any byte is sent), records the upload and signs it for the store.
 */
export async function startUpload(context: FilesContext, input: CreateUploadInput) {
  const viewerId = viewerIdOf(context);
  const contentType = input.contentType.trim().toLowerCase();
  if (!contentTypePattern.test(contentType))
    throw badInput('input.contentType', 'Not a media type, such as image/png.');
  if (!Number.isSafeInteger(input.byteSize) || input.byteSize < 1) {
    throw badInput('input.byteSize', 'byteSize is the exact number of bytes you will send: a whole number from 1.');
  }
  if (!input.fileName.trim() || input.fileName.length > 1000)
    throw badInput('input.fileName', 'Give the file name (at most 1,000 characters).');
  const fileName = safeFileName(input.fileName);
  const { target, fileId } = await destinationOf(context, input);
  if (input.tags && target.kind !== 'PROJECT') throw badInput('input.tags', 'Only project documents have tags.');
  const tags = tagsOf(input.tags ?? [], 'input.tags');
  if (fileId && target.role !== 'ADMIN') {
    // Any member may add a version: the history keeps the earlier ones.
    if (target.role !== 'MEMBER') throw forbidden('This requires the MEMBER role in the project.');
  }

  const limits = effectiveLimits(
    await context.loaders.limitsOfOrganization.load(target.organizationId),
    context.settings.FILES_MAX_FILE_BYTES,
  );
  if (input.byteSize > limits.maxFileBytes) {
    throw badInput(
      'input.byteSize',
      `The file is larger than this organization's limit of ${limits.maxFileBytes} bytes.`,
      {
        limit: limits.maxFileBytes,
      },
    );
  }
  const used = Number(await context.loaders.usageOfProject.load(target.projectId));
  if (used + input.byteSize > limits.projectQuotaBytes) {
    throw new AppError(ErrorCode.QuotaExceeded, "The file would pass the project's storage quota.", {
      field: 'input.byteSize',
      limit: limits.projectQuotaBytes,
      used,
    });
  }

  const id = randomUUID();
  const storageKey = uploadKey(target.projectId, id);
  const expiresAt = new Date(Date.now() + context.settings.FILES_UPLOAD_TTL_SECONDS * 1000);
  const signed = await context.services.storage.signUpload({
    key: storageKey,
    maxBytes: input.byteSize,
    contentType,
    expiresAt,
  });
  const upload = await createUpload(context.prisma, {
    id,
    projectId: target.projectId,
    organizationId: target.organizationId,
    targetKind: target.kind,
    targetId: target.targetId,
    workItemId: target.workItemId,
    fileId,
    fileName,
    declaredType: contentType,
    byteSize: input.byteSize,
    storageKey,
    tags,
    createdBy: viewerId,
    expiresAt,
  });
  return { upload, signed };
}
