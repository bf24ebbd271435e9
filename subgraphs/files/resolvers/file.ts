import { userRef } from '../../../lib/entity-ref';
import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import { notFound } from '../../../lib/errors';
import { fetchDirection } from '../../../lib/keyset';
import { invalidCursor, parsePage, toConnection } from '../../../lib/relay';
import { readableProjectIds } from '../access';
import type { FilesContext } from '../context';
import { downloadUrlOf } from '../download-links';
import type { File, FileVersion } from '../generated/prisma/client';
import type { Resolvers } from '../generated/resolvers-types';
import { inlineAllowed } from '../rules/file-rights';
import { pdfPreviewKey, thumbnailKey } from '../rules/storage-keys';
import { thumbnailSizes } from '../content/thumbnails';

const rawIdOf = (globalId: string, type: string): string | null => {
  const decoded = decodeGlobalId(globalId);
  return decoded?.type === type ? decoded.id : null;
};

async function currentBlobOf(context: FilesContext, file: File) {
  const version = file.currentVersionId ? await context.loaders.versionById.load(file.currentVersionId) : null;
  const blob = version && (await context.loaders.blobById.load(version.blobId));
  if (!version || !blob) throw new Error(`file ${file.id} has no current version`);
  return { version, blob };
}

async function blobOfVersion(context: FilesContext, version: FileVersion) {
  const blob = await context.loaders.blobById.load(version.blobId);
  if (!blob) throw new Error(`version ${version.id} has no blob`);
  return blob;
}

/** Files of projects the viewer can read, in one batch: null for the others (and for missing ids). */
export async function visibleFiles(context: FilesContext, ids: readonly string[]): Promise<(File | null)[]> {
  const files = await context.loaders.fileById.loadMany(ids);
  const found = files.map((file) => (file instanceof Error ? null : file));
  const readable = await readableProjectIds(
    context,
    found.flatMap((file) => (file ? [file.projectId] : [])),
  );
  return found.map((file) => (file && readable.has(file.projectId) ? file : null));
}

/** The size of an image's content; null for other content (a PDF's blob holds its first-page preview's size). */
const imageSizeOf = (blob: { contentKind: string; width: number | null; height: number | null }) =>
  blob.contentKind === 'IMAGE' ? { width: blob.width, height: blob.height } : { width: null, height: null };

/** The thumbnail of a blob whose preview is ready, at a size no larger than the image. */
function thumbnailOf(
  context: FilesContext,
  blob: { storageKey: string; previewStatus: string; width: number | null; height: number | null; contentKind: string },
  size: 'SMALL' | 'LARGE',
) {
  if (blob.previewStatus !== 'READY') return null;
  const longest = thumbnailSizes[size];
  const width = blob.width ?? longest;
  const height = blob.height ?? longest;
  const scale = Math.min(1, longest / Math.max(width, height));
  return {
    url: downloadUrlOf(context, {
      key: thumbnailKey(blob.storageKey, size),
      fileName: `thumbnail-${size.toLowerCase()}.webp`,
      contentType: 'image/webp',
      disposition: 'inline',
    }),
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

export const fileResolvers: Resolvers = {
  File: {
    __resolveReference: async (reference, context) => {
      const id = rawIdOf(reference.id, 'File');
      return id ? ((await visibleFiles(context, [id]))[0] ?? null) : null;
    },
    id: (file) => toGlobalId('File', file.id),
    targetKind: (file) => file.targetKind as 'WORK_ITEM' | 'COMMENT' | 'PROJECT',
    workItem: (file) => (file.workItemId ? { id: toGlobalId('WorkItem', file.workItemId) } : null),
    comment: (file) => (file.targetKind === 'COMMENT' ? { id: toGlobalId('Comment', file.targetId) } : null),
    project: (file) => ({ projectId: file.projectId }),
    contentType: async (file, _args, context) => (await currentBlobOf(context, file)).blob.contentType,
    contentKind: async (file, _args, context) =>
      (await currentBlobOf(context, file)).blob.contentKind as 'IMAGE' | 'PDF' | 'TEXT' | 'SVG' | 'OTHER',
    byteSize: async (file, _args, context) => Number((await currentBlobOf(context, file)).blob.byteSize),
    sha256: async (file, _args, context) => (await currentBlobOf(context, file)).blob.sha256,
    currentVersion: async (file, _args, context) => (await currentBlobOf(context, file)).version,
    versions: async (file, args, context) => {
      const page = parsePage(args, 'versions');
      const direction = fetchDirection(page, 'DESC');
      const from = page.cursor ? Number(page.cursor[0]) : direction === 'DESC' ? 2 ** 31 - 1 : 0;
      if (!Number.isSafeInteger(from) || from < 0 || (page.cursor && from < 1)) throw invalidCursor(page);
      const rows = await context.loaders.versionPages.load({
        fileId: file.id,
        fromNumber: Math.min(from, 2 ** 31 - 1),
        take: page.take,
        direction,
      });
      return toConnection(
        rows,
        page,
        (row) => [String(row.number)],
        () => context.loaders.versionCounts.load(file.id),
      );
    },
    downloadUrl: async (file, { disposition }, context) => {
      if (file.deletedAt) throw notFound('File');
      const { version, blob } = await currentBlobOf(context, file);
      const inline = disposition === 'INLINE' && inlineAllowed(blob.contentType, file);
      return downloadUrlOf(context, {
        key: blob.storageKey,
        fileName: file.name || version.fileName,
        contentType: blob.contentType,
        disposition: inline ? 'inline' : 'attachment',
      });
    },
    inlineAllowed: async (file, _args, context) =>
      inlineAllowed((await currentBlobOf(context, file)).blob.contentType, file),
    // A PDF's blob holds its first-page preview's size, which is not the document's.
    width: async (file, _args, context) => imageSizeOf((await currentBlobOf(context, file)).blob).width,
    height: async (file, _args, context) => imageSizeOf((await currentBlobOf(context, file)).blob).height,
    previewStatus: async (file, _args, context) =>
      (await currentBlobOf(context, file)).blob.previewStatus as 'NONE' | 'PENDING' | 'READY' | 'FAILED',
    thumbnail: async (file, { size }, context) => {
      if (file.deletedAt) return null;
      return thumbnailOf(context, (await currentBlobOf(context, file)).blob, size ?? 'SMALL');
    },
    pdf: async (file, _args, context) => {
      const { blob } = await currentBlobOf(context, file);
      if (blob.contentKind !== 'PDF') return null;
      const ready = blob.previewStatus === 'READY' && !file.deletedAt;
      return {
        pageCount: blob.pageCount,
        previewUrl: ready
          ? downloadUrlOf(context, {
              key: pdfPreviewKey(blob.storageKey),
              fileName: 'preview.png',
              contentType: 'image/png',
              disposition: 'inline',
            })
          : null,
      };
    },
    tags: (file) => file.tags,
    uploadedBy: (file) => userRef(file.createdBy),
  },
  FileVersion: {
    __resolveReference: async (reference, context) => {
      const id = rawIdOf(reference.id, 'FileVersion');
      const version = id && (await context.loaders.versionById.load(id));
      if (!version) return null;
      const [file] = await visibleFiles(context, [version.fileId]);
      return file ? version : null;
    },
    id: (version) => toGlobalId('FileVersion', version.id),
    file: async (version, _args, context) => {
      const file = await context.loaders.fileById.load(version.fileId);
      if (!file) throw notFound('File');
      return file;
    },
    contentType: async (version, _args, context) => (await blobOfVersion(context, version)).contentType,
    byteSize: async (version, _args, context) => Number((await blobOfVersion(context, version)).byteSize),
    sha256: async (version, _args, context) => (await blobOfVersion(context, version)).sha256,
    uploadedBy: (version) => userRef(version.createdBy),
    downloadUrl: async (version, _args, context) => {
      const file = await context.loaders.fileById.load(version.fileId);
      if (!file || file.deletedAt) throw notFound('File');
      const blob = await blobOfVersion(context, version);
      return downloadUrlOf(context, {
        key: blob.storageKey,
        fileName: version.fileName,
        contentType: blob.contentType,
        disposition: 'attachment',
      });
    },
  },
  FileEdge: {},
  FileConnection: { totalCount: (connection) => connection.totalCount() },
  FileVersionConnection: { totalCount: (connection) => connection.totalCount() },
};
