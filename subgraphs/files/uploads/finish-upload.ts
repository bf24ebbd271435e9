import { buffer } from 'node:stream/consumers';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { AppError, ErrorCode, badInput, conflict, notFound } from '../../../lib/errors';
import { fromGlobalId } from '../../../lib/ids';
import { checkContent, isImageForThumbnails } from '../content/content-rules';
import { sniffHeadBytes } from '../content/content-inspector';
import { viewerIdOf, type FilesContext } from '../context';
import { completeUpload, discardUpload, type AccessibilityInput } from '../data/complete-upload';
import type { CompleteUploadInput } from '../generated/resolvers-types';
import { languageOf, maxAltTextLength, maxLongDescriptionLength, optionalText } from '../rules/file-metadata';
import { effectiveLimits } from '../rules/limits';

/** SVG images are read whole to look for scripts: larger ones are refused. */
export const maxScannedSvgBytes = 10 * 1024 ** 2;

/** The SHA-256 and the first bytes of a stored object, read once as a stream. */
async function digestOf(stream: Readable): Promise<{ sha256: string; head: Buffer; byteSize: number }> {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headLength = 0;
  let byteSize = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    byteSize += chunk.length;
    if (headLength < sniffHeadBytes) {
      const part = chunk.subarray(0, sniffHeadBytes - headLength);
      head.push(part);
      headLength += part.length;
    }
  }
  return { sha256: hash.digest('hex'), head: Buffer.concat(head), byteSize };
}

export function accessibilityOf(
  input: Pick<CompleteUploadInput, 'altText' | 'decorative' | 'longDescription' | 'language'>,
): AccessibilityInput {
  return {
    altText: optionalText(input.altText ?? null, 'input.altText', maxAltTextLength),
    decorative: input.decorative ?? false,
    longDescription: optionalText(input.longDescription ?? null, 'input.longDescription', maxLongDescriptionLength),
    language: languageOf(input.language ?? null, 'input.language'),
  };
}

/**
 * `completeUpload`: reads back what the client stored, refuses bytes that are not what was declared
 * (size, type read from the content, executables, SVG with scripts) and deletes them, then records the
 * file or version. Identical content already in the project is kept once.
 */
export async function finishUpload(context: FilesContext, input: CompleteUploadInput) {
  const viewerId = viewerIdOf(context);
  const uploadId = fromGlobalId(input.uploadId, 'FileUpload', 'input.uploadId');
  const accessibility = accessibilityOf(input);
  const upload = await context.loaders.uploadById.load(uploadId);
  if (!upload || upload.createdBy !== viewerId) throw notFound('Upload');
  if (upload.completedAt) throw conflict('This upload has already been completed.', { field: 'input.uploadId' });
  const { storage, inspector } = context.services;
  const refuse = async (error: AppError) => {
    await storage.delete([upload.storageKey]);
    await discardUpload(context.prisma, upload.id);
    return error;
  };
  if (upload.expiresAt.getTime() < Date.now()) {
    throw await refuse(badInput('input.uploadId', 'The upload expired before it was completed; start a new one.'));
  }
  const stored = await storage.stat(upload.storageKey);
  if (!stored) throw badInput('input.uploadId', 'No bytes have been received for this upload yet.');
  const declared = Number(upload.byteSize);
  if (stored.byteSize !== declared) {
    throw await refuse(
      badInput('input.uploadId', `The stored file has ${stored.byteSize} bytes, not the ${declared} declared.`, {
        reason: 'SIZE_MISMATCH',
      }),
    );
  }
  const digest = await digestOf((await storage.read(upload.storageKey)) as Readable);
  if (digest.byteSize !== declared) {
    throw await refuse(
      badInput('input.uploadId', 'The stored file changed while it was read.', { reason: 'SIZE_MISMATCH' }),
    );
  }
  const sniffed = await inspector.sniff(digest.head);
  let checked = checkContent({
    declaredType: upload.declaredType,
    fileName: upload.fileName,
    sniffed,
    head: digest.head,
  });
  // A script can hide anywhere in an SVG, not only in its first bytes: an SVG is checked whole.
  if (checked.ok && checked.kind === 'svg' && declared > digest.head.length) {
    if (declared > maxScannedSvgBytes) {
      throw await refuse(
        badInput('input.uploadId', `SVG images above ${maxScannedSvgBytes} bytes are not accepted.`, {
          reason: 'UNSUPPORTED',
        }),
      );
    }
    const whole = await buffer((await storage.read(upload.storageKey)) as Readable);
    checked = checkContent({ declaredType: upload.declaredType, fileName: upload.fileName, sniffed, head: whole });
  }
  if (!checked.ok) throw await refuse(badInput('input.uploadId', checked.message, { reason: checked.reason }));

  const limits = effectiveLimits(
    await context.loaders.limitsOfOrganization.load(upload.organizationId),
    context.settings.FILES_MAX_FILE_BYTES,
  );
  const contentKind = checked.kind.toUpperCase();
  let result;
  try {
    result = await completeUpload(context.prisma, {
      uploadId: upload.id,
      content: {
        sha256: digest.sha256,
        byteSize: declared,
        contentType: checked.contentType,
        contentKind,
        previewable: checked.kind === 'pdf' || isImageForThumbnails(checked.contentType),
      },
      accessibility,
      quotaBytes: limits.projectQuotaBytes,
    });
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.QuotaExceeded) throw await refuse(error);
    throw error;
  }
  // The project had these bytes already: the new copy goes, the versions share the stored one.
  if (result.deduplicated) await storage.delete([upload.storageKey]);
  else if (result.blob.previewStatus === 'PENDING') context.services.previewsDue();
  return result;
}
