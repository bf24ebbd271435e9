// Sniffs types and reads PDFs for ContentInspector (content-inspector.ts), in a worker thread. Plain
// ESM JavaScript on purpose: file-type and mupdf are ESM-only (mupdf with a top-level await), so
// neither the CommonJS TypeScript of the subgraph nor jest's module system can load them; Node loads
// this file itself.
import { parentPort, workerData } from 'node:worker_threads';
import { fileTypeFromBuffer } from 'file-type';

if (!parentPort) throw new Error('content-worker.mjs runs as a worker thread of ContentInspector');

// mupdf's Emscripten module adopts this object and keeps its heap view on it: a WebAssembly memory
// grows and never shrinks, so the worker asks to be replaced once a document has grown it too far.
globalThis.$libmupdf_wasm_Module = {};
const mupdf = await import('mupdf');
// Repairing a broken PDF is routine for mupdf, and it would say so on the process's stderr.
mupdf.setLog(() => {});

const { RuntimeError } = globalThis.WebAssembly;
/** @type {{ maxWasmHeapBytes: number, maxPreviewSide: number }} */
const { maxWasmHeapBytes, maxPreviewSide } = workerData;
const wasmHeapBytes = () => globalThis.$libmupdf_wasm_Module.HEAPU8?.byteLength ?? 0;

/** @param {Uint8Array} bytes */
async function sniff(bytes) {
  const type = await fileTypeFromBuffer(bytes);
  return type ? { mime: type.mime, ext: type.ext } : null;
}

/**
 * The page count and the first page as PNG, `previewWidth` pixels wide (less when a side would pass
 * maxPreviewSide, so a 10 x 200,000 pt page stays drawable); null when mupdf cannot open the bytes as
 * a PDF or draw its first page (a user password, no pages, a broken page).
 * @param {Uint8Array} bytes
 * @param {number} previewWidth
 */
function pdfInfo(bytes, previewWidth) {
  const owned = [];
  const own = (/** @type {{ destroy(): void }} */ object) => (owned.push(object), object);
  try {
    const document = own(mupdf.Document.openDocument(bytes, 'application/pdf'));
    // mupdf recognises content whatever the type named: PNG bytes open as an image document.
    if (!document.isPDF() || document.needsPassword()) return null;
    const pageCount = document.countPages();
    if (pageCount < 1) return null;
    const page = own(document.loadPage(0));
    const [x0, y0, x1, y1] = page.getBounds();
    const width = x1 - x0;
    const height = y1 - y0;
    if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) return null;
    const scale = Math.min(previewWidth / width, maxPreviewSide / width, maxPreviewSide / height);
    const pixmap = own(page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true));
    // asPNG copies out of the WebAssembly heap into an ArrayBuffer of its own, which can be transferred.
    const png = pixmap.asPNG();
    return { pageCount, png: png.byteLength === png.buffer.byteLength ? png.buffer : png.slice().buffer };
  } catch (error) {
    // A trap leaves the WebAssembly instance unusable: the worker must go, not answer null forever.
    if (error instanceof RuntimeError) throw error;
    return null;
  } finally {
    for (const object of owned.reverse()) object.destroy();
  }
}

/** @param {{ kind: 'sniff', bytes: ArrayBuffer } | { kind: 'pdf', bytes: ArrayBuffer, previewWidth: number }} request */
async function handle(request) {
  const bytes = new Uint8Array(request.bytes);
  if (request.kind === 'sniff') return { result: await sniff(bytes) };
  const result = pdfInfo(bytes, request.previewWidth);
  return { result, transfer: result ? [result.png] : [] };
}

parentPort.on('message', async (/** @type {{ id: number, request: any }} */ message) => {
  try {
    const { result, transfer = [] } = await handle(message.request);
    parentPort.postMessage({ id: message.id, result, retire: wasmHeapBytes() > maxWasmHeapBytes }, transfer);
  } catch (error) {
    const retire = error instanceof RuntimeError || wasmHeapBytes() > maxWasmHeapBytes;
    parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error), retire });
  }
});

// Imports are done: the inspector sends jobs from now on, each with its own deadline.
parentPort.postMessage({ ready: true });
