import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { animatedGif, jpeg, png, pngDeclaring, solidImage } from './test-fixtures/content-fixtures';
import { makeThumbnails, ThumbnailError } from './thumbnails';

const sizesOf = (result: Awaited<ReturnType<typeof makeThumbnails>>) =>
  result.thumbnails.map(({ size, width, height }) => ({ size, width, height }));

describe('makeThumbnails', () => {
  it('makes a small and a large WebP thumbnail fitting their longest side, and gives the image size', async () => {
    const result = await makeThumbnails(await png(1000, 500));
    expect(result.width).toBe(1000);
    expect(result.height).toBe(500);
    expect(sizesOf(result)).toEqual([
      { size: 'SMALL', width: 160, height: 80 },
      { size: 'LARGE', width: 640, height: 320 },
    ]);
    for (const { webp, width, height } of result.thumbnails) {
      expect(await sharp(webp).metadata()).toMatchObject({ format: 'webp', width, height });
    }
  });

  it('fits a portrait image by its height', async () => {
    expect(sizesOf(await makeThumbnails(await jpeg(300, 1200)))).toEqual([
      { size: 'SMALL', width: 40, height: 160 },
      { size: 'LARGE', width: 160, height: 640 },
    ]);
  });

  it('never enlarges an image smaller than a thumbnail', async () => {
    expect(sizesOf(await makeThumbnails(await png(100, 50)))).toEqual([
      { size: 'SMALL', width: 100, height: 50 },
      { size: 'LARGE', width: 100, height: 50 },
    ]);
  });

  it('makes the sizes it is asked for', async () => {
    expect(sizesOf(await makeThumbnails(await png(400, 400), { SMALL: 32 }))).toEqual([
      { size: 'SMALL', width: 32, height: 32 },
    ]);
  });

  it('turns a photo upright by its EXIF orientation, and writes no metadata', async () => {
    // Stored 400 x 200, to be shown turned a quarter clockwise (EXIF orientation 6), as phones do.
    const photo = await solidImage(400, 200)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Copyright: 'Ann', Make: 'PhoneCo' } })
      .toBuffer();
    expect(await sharp(photo).metadata()).toMatchObject({ width: 400, height: 200, orientation: 6 });
    const result = await makeThumbnails(photo);
    expect({ width: result.width, height: result.height }).toEqual({ width: 200, height: 400 });
    expect(sizesOf(result)).toEqual([
      { size: 'SMALL', width: 80, height: 160 },
      { size: 'LARGE', width: 200, height: 400 },
    ]);
    const thumbnail = await sharp(result.thumbnails[0]!.webp).metadata();
    expect(thumbnail.exif).toBeUndefined();
    expect(thumbnail.orientation).toBeUndefined();
  });

  it('takes the first frame of an animation only', async () => {
    const gif = await animatedGif(120, 60, 3);
    expect(await sharp(gif, { animated: true }).metadata()).toMatchObject({ pages: 3 });
    const result = await makeThumbnails(gif);
    expect({ width: result.width, height: result.height }).toEqual({ width: 120, height: 60 });
    const small = await sharp(result.thumbnails[0]!.webp, { animated: true }).metadata();
    expect(small).toMatchObject({ width: 120, height: 60 });
    expect(small.pages ?? 1).toBe(1);
  });

  it('reads an image from a path', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'thumbnails-'));
    try {
      const file = path.join(folder, 'photo.png');
      await writeFile(file, await png(320, 320));
      expect(sizesOf(await makeThumbnails(file))).toEqual([
        { size: 'SMALL', width: 160, height: 160 },
        { size: 'LARGE', width: 320, height: 320 },
      ]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('rejects bytes that are no image with an UNDECODABLE ThumbnailError', async () => {
    const error = await makeThumbnails(Buffer.from('this is not an image')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ThumbnailError);
    expect(error).toMatchObject({
      failure: 'UNDECODABLE',
      message: expect.stringMatching(/^The image cannot be decoded/),
    });
  });

  it('rejects a truncated image with an UNDECODABLE ThumbnailError', async () => {
    const whole = await jpeg(800, 600);
    await expect(makeThumbnails(whole.subarray(0, 400))).rejects.toMatchObject({ failure: 'UNDECODABLE' });
  });

  it('rejects an image declaring more than 100 megapixels before decoding it', async () => {
    const bomb = pngDeclaring(20_000, 20_000);
    expect(bomb.length).toBeLessThan(1000);
    await expect(makeThumbnails(bomb)).rejects.toMatchObject({
      name: 'ThumbnailError',
      failure: 'TOO_LARGE',
      message: 'The image has more than 100000000 pixels.',
    });
  });

  it('refuses SVG, which libvips would render, as UNSUPPORTED', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    await expect(makeThumbnails(svg)).rejects.toMatchObject({ failure: 'UNSUPPORTED' });
  });

  it('passes on the error of a file that is missing, which says nothing about an image', async () => {
    const error = await makeThumbnails('/no/such/photo.png').catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(ThumbnailError);
    expect(error).toMatchObject({ message: expect.stringMatching(/^Input file is missing/) });
  });
});
