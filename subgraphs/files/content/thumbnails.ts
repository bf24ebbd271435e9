import sharp from 'sharp';

export type ThumbnailSize = 'SMALL' | 'LARGE';

/** The longest side of each thumbnail, in pixels; an image smaller than that is not enlarged. */
export const thumbnailSizes: Record<ThumbnailSize, number> = { SMALL: 160, LARGE: 640 };

/** The most pixels (width x height) an image may declare: a 100-megapixel photo, not a decompression bomb. */
export const maxInputPixels = 100_000_000;

/** What libvips may decode here: raster photos and graphics, never SVG, PDF or anything it would fetch. */
const decodableFormats = new Set(['png', 'jpeg', 'gif', 'webp', 'heif', 'tiff']);

export interface Thumbnail {
  size: ThumbnailSize;
  width: number;
  height: number;
  webp: Buffer;
}

export interface Thumbnails {
  /** The image's own size, as it is shown (after its EXIF orientation). */
  width: number;
  height: number;
  thumbnails: Thumbnail[];
}

export type ThumbnailFailure = 'UNDECODABLE' | 'TOO_LARGE' | 'UNSUPPORTED';

/** Why an image gave no thumbnails. */
export class ThumbnailError extends Error {
  constructor(
    readonly failure: ThumbnailFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ThumbnailError';
  }
}

// The first frame of an animation only; a job that runs long is stopped by libvips.
const open = (input: Buffer | string) =>
  sharp(input, { limitInputPixels: maxInputPixels, pages: 1 }).timeout({ seconds: 30 });

function failure(error: unknown): Error {
  if (!(error instanceof Error) || /^Input file is missing/.test(error.message)) return error as Error;
  if (/pixel limit/i.test(error.message)) {
    return new ThumbnailError('TOO_LARGE', `The image has more than ${maxInputPixels} pixels.`, { cause: error });
  }
  return new ThumbnailError('UNDECODABLE', `The image cannot be decoded: ${error.message}`, { cause: error });
}

/**
 * WebP thumbnails of an image (bytes, or a file's path), one per size, each fitting its longest side
 * and never enlarged; turned upright by its EXIF orientation and without metadata (sharp writes
 * none unless told). Rejects with a ThumbnailError when the image cannot be decoded, declares more
 * than `maxInputPixels`, or is not a raster format. sharp runs on libuv's thread pool, so this needs
 * no worker; and libvips must not be loaded in a worker thread that may be terminated.
 */
export async function makeThumbnails(
  input: Buffer | string,
  sizes: Partial<Record<ThumbnailSize, number>> = thumbnailSizes,
): Promise<Thumbnails> {
  try {
    const metadata = await open(input).metadata();
    if (!metadata.format || !decodableFormats.has(metadata.format)) {
      throw new ThumbnailError('UNSUPPORTED', `Thumbnails are not made from ${metadata.format ?? 'this format'}.`);
    }
    const thumbnails = await Promise.all(
      (Object.entries(sizes) as [ThumbnailSize, number][]).map(async ([size, side]) => {
        const { data, info } = await open(input)
          .autoOrient()
          .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer({ resolveWithObject: true });
        return { size, width: info.width, height: info.height, webp: data };
      }),
    );
    return { width: metadata.autoOrient.width, height: metadata.autoOrient.height, thumbnails };
  } catch (error) {
    throw error instanceof ThumbnailError ? error : failure(error);
  }
}
