import path from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { AppError, ErrorCode } from '../../../lib/errors';
import { ContentInspector, InspectionError, sniffHeadBytes } from './content-inspector';
import {
  animatedGif,
  elfExecutable,
  javaClass,
  jpeg,
  machOExecutable,
  minimalPdf,
  pageWithText,
  peExecutable,
  png,
  slowPage,
  wasmModule,
} from './test-fixtures/content-fixtures';

const faultyWorker = path.join(__dirname, 'test-fixtures', 'faulty-content-worker.mjs');
const fault = (name: string) => Buffer.from(`FAULT:${name}`);
const twoPages = minimalPdf([pageWithText('One'), pageWithText('Two')]);

describe('ContentInspector', () => {
  const inspector = new ContentInspector();
  afterAll(() => inspector.close());

  describe('sniff', () => {
    it.each([
      ['a PNG', () => png(), { mime: 'image/png', ext: 'png' }],
      ['a JPEG', () => jpeg(), { mime: 'image/jpeg', ext: 'jpg' }],
      ['a GIF', () => animatedGif(8, 8, 2), { mime: 'image/gif', ext: 'gif' }],
      ['a PDF', () => twoPages, { mime: 'application/pdf', ext: 'pdf' }],
      ['an ELF executable', () => elfExecutable(), { mime: 'application/x-elf', ext: 'elf' }],
      ['a Windows executable', () => peExecutable(), { mime: 'application/x-msdownload', ext: 'exe' }],
      ['a Mach-O executable', () => machOExecutable(), { mime: 'application/x-mach-binary', ext: 'macho' }],
      ['a Java class', () => javaClass(), { mime: 'application/java-vm', ext: 'class' }],
      ['a WebAssembly module', () => wasmModule(), { mime: 'application/wasm', ext: 'wasm' }],
    ])('recognises %s by its signature', async (_what, bytes, type) => {
      expect(await inspector.sniff(await bytes())).toEqual(type);
    });

    it.each([
      ['an SVG', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
      ['HTML', '<!doctype html><html></html>'],
      ['CSV', 'name,amount\nAnn,3\n'],
      ['UTF-8 text with emoji', 'Grüße 👋'],
      ['a shell script', '#!/bin/sh\necho hi\n'],
      ['an empty file', ''],
    ])('recognises nothing in %s, which has no signature', async (_what, text) => {
      expect(await inspector.sniff(Buffer.from(text))).toBeNull();
    });

    it('calls any document with an XML declaration application/xml, an SVG too', async () => {
      expect(
        await inspector.sniff(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')),
      ).toEqual({ mime: 'application/xml', ext: 'xml' });
    });

    it('leaves the caller’s buffer whole, even a view of a larger one', async () => {
      const file = Buffer.concat([await png(), Buffer.alloc(3 * sniffHeadBytes)]);
      const head = file.subarray(0, sniffHeadBytes);
      const length = file.byteLength;
      expect(await inspector.sniff(head)).toEqual({ mime: 'image/png', ext: 'png' });
      expect(await inspector.sniff(file)).toEqual({ mime: 'image/png', ext: 'png' });
      expect(file.buffer.byteLength).toBeGreaterThanOrEqual(length); // not detached by a transfer
      expect([file.byteLength, head.byteLength]).toEqual([length, sniffHeadBytes]);
      expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
    });
  });

  describe('pdfInfo', () => {
    it('counts the pages and draws the first one as a PNG of the width asked', async () => {
      const info = await inspector.pdfInfo(twoPages, { previewWidth: 306 });
      expect(info?.pageCount).toBe(2);
      const preview = sharp(info!.firstPagePng);
      // US Letter, 612 x 792 points, drawn at half size.
      expect(await preview.metadata()).toMatchObject({ format: 'png', width: 306, height: 396 });
      const { channels } = await preview.stats();
      expect(channels[0]!.min).toBeLessThan(50); // the black square is there
      expect(channels[0]!.max).toBeGreaterThan(200); // on a white page
    });

    it('keeps both sides of a preview within 4096 pixels, however tall the page', async () => {
      const ribbon = minimalPdf([pageWithText('tall')], { mediaBox: [0, 0, 10, 200_000] });
      const info = await inspector.pdfInfo(ribbon, { previewWidth: 640 });
      expect(info?.pageCount).toBe(1);
      // 640 px wide would make it 12,800,000 px tall: the height is held to 4096 instead.
      expect(await sharp(info!.firstPagePng).metadata()).toMatchObject({ width: 1, height: 4096 });
    });

    it.each([
      ['bytes that only begin like a PDF', () => Buffer.from('%PDF-1.7\nnothing of a PDF follows\n%%EOF\n')],
      ['a PDF cut before its first object', () => twoPages.subarray(0, 12)],
      ['a PNG', () => png()],
      ['no bytes', () => Buffer.alloc(0)],
    ])('answers null for %s, which pdf.js cannot read as a PDF', async (_what, bytes) => {
      expect(await inspector.pdfInfo(await bytes(), { previewWidth: 200 })).toBeNull();
    });

    it('refuses a preview width that is not a whole number of pixels from 1 to 4096', async () => {
      for (const previewWidth of [0, 4097, 10.5, Number.NaN]) {
        await expect(inspector.pdfInfo(twoPages, { previewWidth })).rejects.toThrow(RangeError);
      }
    });
  });
});

describe('ContentInspector when things go wrong', () => {
  let inspector: ContentInspector | undefined;
  afterEach(async () => {
    await inspector?.close();
    inspector = undefined;
    jest.restoreAllMocks();
  });

  it('stops a job that passes its deadline, rejects it with TIMEOUT, and serves the next with a new worker', async () => {
    inspector = new ContentInspector({ timeoutMs: 150 });
    await inspector.sniff(await png()); // the deadline counts from a started worker
    const slow = minimalPdf([slowPage(3000)]);
    const error = await inspector.pdfInfo(slow, { previewWidth: 2000 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InspectionError);
    expect(error).toMatchObject({ failure: 'TIMEOUT', message: 'Inspecting the file took longer than 150 ms.' });
    await expect(inspector.sniff(await png())).resolves.toEqual({ mime: 'image/png', ext: 'png' });
  });

  it('rejects the job of a worker that crashes, then serves the waiting job with a new worker', async () => {
    inspector = new ContentInspector({ workerFile: faultyWorker });
    const crashed = inspector.sniff(fault('crash'));
    const waiting = inspector.sniff(await png());
    await expect(crashed).rejects.toMatchObject({
      failure: 'WORKER_FAILED',
      message: 'The content worker failed: the content worker crashed',
    });
    await expect(waiting).resolves.toEqual({ mime: 'image/png', ext: 'png' });
  });

  it('rejects the job of a worker that exits, then recovers', async () => {
    inspector = new ContentInspector({ workerFile: faultyWorker });
    await expect(inspector.sniff(fault('exit'))).rejects.toThrow('The content worker stopped (exit code 3).');
    await expect(inspector.pdfInfo(twoPages, { previewWidth: 100 })).resolves.toMatchObject({ pageCount: 2 });
  });

  it('stops a worker that hangs at its deadline', async () => {
    inspector = new ContentInspector({ workerFile: faultyWorker, timeoutMs: 300 });
    await expect(inspector.sniff(fault('hang'))).rejects.toMatchObject({ failure: 'TIMEOUT' });
    await expect(inspector.sniff(await png())).resolves.toMatchObject({ mime: 'image/png' });
  });

  it('refuses a job with SERVICE_UNAVAILABLE when its queue is full, and serves those it accepted', async () => {
    inspector = new ContentInspector({ maxQueue: 2 });
    const bytes = await png();
    const accepted = [inspector.sniff(bytes), inspector.sniff(bytes)];
    const refused = await inspector.sniff(bytes).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: ErrorCode.ServiceUnavailable });
    await expect(Promise.all(accepted)).resolves.toHaveLength(2);
  });

  it('replaces its worker after a job that left its heap past the limit', async () => {
    const terminate = jest.spyOn(Worker.prototype, 'terminate');
    inspector = new ContentInspector({ maxHeapInUseMb: 0 });
    await expect(inspector.pdfInfo(twoPages, { previewWidth: 100 })).resolves.toMatchObject({ pageCount: 2 });
    expect(terminate).toHaveBeenCalledTimes(1);
    await expect(inspector.pdfInfo(twoPages, { previewWidth: 100 })).resolves.toMatchObject({ pageCount: 2 });
    expect(terminate).toHaveBeenCalledTimes(2);
  });

  it('replaces its worker once it has read its number of documents', async () => {
    const terminate = jest.spyOn(Worker.prototype, 'terminate');
    inspector = new ContentInspector({ documentsPerWorker: 2 });
    await expect(inspector.pdfInfo(twoPages, { previewWidth: 100 })).resolves.toMatchObject({ pageCount: 2 });
    expect(terminate).not.toHaveBeenCalled();
    await expect(inspector.pdfInfo(twoPages, { previewWidth: 100 })).resolves.toMatchObject({ pageCount: 2 });
    expect(terminate).toHaveBeenCalledTimes(1);
  });

  it('ends its worker on close, rejecting waiting jobs and any job after', async () => {
    const terminate = jest.spyOn(Worker.prototype, 'terminate');
    inspector = new ContentInspector();
    await inspector.sniff(await png());
    const pending = Promise.allSettled([
      inspector.sniff(await png()),
      inspector.pdfInfo(twoPages, { previewWidth: 9 }),
    ]);
    await inspector.close();
    for (const outcome of await pending) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: { failure: 'CLOSED' } });
    }
    expect(terminate).toHaveBeenCalledTimes(1);
    const worker = terminate.mock.contexts[0] as Worker;
    expect(worker.threadId).toBe(-1); // the thread has ended
    await expect(inspector.sniff(await png())).rejects.toThrow('The content inspector is closed.');
  });
});
