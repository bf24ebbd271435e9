// Sniffs types and reads PDFs for ContentInspector (content-inspector.ts), in a worker thread. Plain
// ESM JavaScript on purpose: file-type and pdf.js are ESM-only, so
// neither the CommonJS TypeScript of the subgraph nor jest's module system can load them; Node loads
// this file itself.
import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { fileTypeFromBuffer } from 'file-type';

if (!parentPort) throw new Error('content-worker.mjs runs as a worker thread of ContentInspector');

// pdf.js (Apache-2.0) reads PDFs and draws them on @napi-rs/canvas (a prebuilt binary from npm).
// Fonts and images a page draws allocate memory outside the JavaScript heap that a long-lived
// worker would keep growing: the worker asks to be replaced after a number of documents, or once
// its heap has grown past the limit.
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const { createCanvas } = await import('@napi-rs/canvas');
const { getHeapStatistics } = await import('node:v8');

/** @type {{ maxHeapBytes: number, maxPreviewSide: number, documentsPerWorker: number }} */
const { maxHeapBytes, maxPreviewSide, documentsPerWorker } = workerData;
let documentsRead = 0;
const worn = () => documentsRead >= documentsPerWorker || getHeapStatistics().used_heap_size > maxHeapBytes;

/** @param {Uint8Array} bytes */
async function sniff(bytes) {
  const type = await fileTypeFromBuffer(bytes);
  return type ? { mime: type.mime, ext: type.ext } : null;
}

/**
 * The page count and the first page as PNG, `previewWidth` pixels wide (less when a side would pass
 * maxPreviewSide, so a 10 x 200,000 pt page stays drawable); null when pdf.js cannot open the bytes as
 * a PDF or draw its first page (a password, no pages, a broken page).
 * @param {Uint8Array} bytes
 * @param {number} previewWidth
 */
async function pdfInfo(bytes, previewWidth) {
  documentsRead += 1;
  // pdf.js reads any bytes it is given as well as it can: only what starts like a PDF is one.
  if (!Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) return null;
  const task = getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const pageCount = document.numPages;
    if (pageCount < 1) return null;
    const page = await document.getPage(1);
    const { width, height } = page.getViewport({ scale: 1 });
    if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) return null;
    const scale = Math.min(previewWidth / width, maxPreviewSide / width, maxPreviewSide / height);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.max(1, Math.round(viewport.width)), Math.max(1, Math.round(viewport.height)));
    const context = canvas.getContext('2d');
    // A white page, as a viewer shows it: a PDF's page has no background of its own.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const png = canvas.toBuffer('image/png');
    return { pageCount, png: png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) };
  } catch {
    return null;
  } finally {
    await task.destroy();
  }
}

/** @param {{ kind: 'sniff', bytes: ArrayBuffer } | { kind: 'pdf', bytes: ArrayBuffer, previewWidth: number }} request */
async function handle(request) {
  const bytes = new Uint8Array(request.bytes);
  if (request.kind === 'sniff') return { result: await sniff(bytes) };
  const result = await pdfInfo(bytes, request.previewWidth);
  return { result, transfer: result ? [result.png] : [] };
}

parentPort.on('message', async (/** @type {{ id: number, request: any }} */ message) => {
  try {
    const { result, transfer = [] } = await handle(message.request);
    parentPort.postMessage({ id: message.id, result, retire: worn() }, transfer);
  } catch (error) {
    parentPort.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
      retire: true,
    });
  }
});

// Imports are done: the inspector sends jobs from now on, each with its own deadline.
parentPort.postMessage({ ready: true });
