import { buffer } from 'node:stream/consumers';
import { Readable } from 'node:stream';
import type { StorageDriver } from '../../../lib/files/storage/storage-driver';
import type { Logger } from '../../../lib/logger';
import type { Worker } from '../../../lib/server/define-subgraph';
import { startPollLoop } from '../../../lib/server/poll-loop';
import type { ContentInspector } from '../content/content-inspector';
import { makeThumbnails, thumbnailSizes } from '../content/thumbnails';
import type { FilesPrisma } from '../db';
import { leasePendingBlob, recordPreview, recordPreviewFailure } from '../data/previews';
import type { Blob } from '../generated/prisma/client';
import { pdfPreviewKey, thumbnailKey } from '../rules/storage-keys';

/** Larger content is not previewed: decoding it would hold too much memory for a thumbnail. */
export const maxPreviewBytes = 50 * 1024 ** 2;
const pdfPreviewWidth = thumbnailSizes.LARGE;

export interface PreviewWorker extends Worker {
  /** Makes the previews of every blob due now; answers how many were made and how many failed. */
  runDue(): Promise<{ made: number; failed: number }>;
  /** Runs a round soon (after an upload), without waiting for the next poll. */
  wake(): void;
}

/**
 * Thumbnails (two sizes, WebP) of images, and the page count, first-page preview and thumbnails of
 * PDFs, made after upload. Replicas share the work: each blob is leased by one (SKIP LOCKED), and a
 * lease that a crashed worker held expires. Three tries, then FAILED.
 */
export function startPreviewWorker(options: {
  prisma: FilesPrisma;
  storage: StorageDriver;
  inspector: ContentInspector;
  logger: Logger;
  pollMs: number;
}): PreviewWorker {
  const { prisma, storage, inspector, logger } = options;

  async function storeThumbnails(blob: Blob, image: Buffer) {
    const made = await makeThumbnails(image);
    for (const thumbnail of made.thumbnails) {
      await storage.write(thumbnailKey(blob.storageKey, thumbnail.size), Readable.from([thumbnail.webp]), {
        maxBytes: thumbnail.webp.length,
        contentType: 'image/webp',
      });
    }
    return made;
  }

  async function preview(blob: Blob) {
    if (Number(blob.byteSize) > maxPreviewBytes) throw new Error('too large to preview');
    const bytes = await buffer((await storage.read(blob.storageKey)) as Readable);
    if (blob.contentKind === 'PDF') {
      const info = await inspector.pdfInfo(bytes, { previewWidth: pdfPreviewWidth });
      if (!info) throw new Error('the PDF cannot be read');
      await storage.write(pdfPreviewKey(blob.storageKey), Readable.from([info.firstPagePng]), {
        maxBytes: info.firstPagePng.length,
        contentType: 'image/png',
      });
      // The thumbnails are the first page's: their sizes follow from its preview's, kept on the blob
      // (File.width and height stay null for PDFs).
      const made = await storeThumbnails(blob, info.firstPagePng);
      return { width: made.width, height: made.height, pageCount: info.pageCount };
    }
    const made = await storeThumbnails(blob, bytes);
    return { width: made.width, height: made.height, pageCount: null };
  }

  let wakeTimer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function runDue() {
    const round = { made: 0, failed: 0 };
    for (;;) {
      const now = new Date();
      const blob = await leasePendingBlob(prisma, now);
      if (!blob) return round;
      try {
        await recordPreview(prisma, blob.id, await preview(blob));
        round.made += 1;
      } catch (error) {
        round.failed += 1;
        logger.warn('file preview failed', {
          blobId: blob.id,
          tries: blob.previewTries,
          error: String(error).slice(0, 300),
        });
        await recordPreviewFailure(prisma, blob, now);
      }
    }
  }

  const loop = startPollLoop({ pollMs: options.pollMs, round: runDue, logger, failure: 'file preview round failed' });
  let stopped = false;
  return {
    runDue,
    wake() {
      if (stopped || options.pollMs === 0 || wakeTimer) return;
      wakeTimer = setTimeout(() => {
        wakeTimer = undefined;
        running = running
          .then(runDue)
          .catch((error: unknown) => logger.error('file preview round failed', { error: String(error) }));
      }, 50);
    },
    async stop() {
      stopped = true;
      clearTimeout(wakeTimer);
      await loop.stop();
      await running;
    },
  };
}
