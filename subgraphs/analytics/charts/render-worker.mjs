// Renders Vega-Lite specifications to SVG in a worker thread (see chart-renderer.ts). Plain ESM
// JavaScript on purpose: vega and vega-lite are ESM-only, so neither the CommonJS TypeScript of the
// subgraph nor jest's module system can load them; Node loads this file itself.
import { parentPort } from 'node:worker_threads';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';

if (!parentPort) throw new Error('render-worker.mjs runs as a worker thread of ChartRenderer');

// Charts are drawn from the data in the specification only: no URL is ever loaded.
const loader = vega.loader({ mode: 'http' });
loader.load = async (uri) => {
  throw new Error(`charts load no data (${String(uri).slice(0, 100)})`);
};

/** @param {unknown} spec a Vega-Lite specification */
async function renderSvg(spec) {
  const { spec: vegaSpec } = vegaLite.compile(/** @type {any} */ (spec), { logger: vega.logger(vega.None) });
  const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none', loader, logLevel: vega.None });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

parentPort.on('message', async (/** @type {{ id: number, spec: unknown }} */ message) => {
  try {
    const svg = await renderSvg(message.spec);
    parentPort.postMessage({ id: message.id, svg });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});

// Imports are done: the renderer sends drawings from now on, each with its own deadline.
parentPort.postMessage({ ready: true });
