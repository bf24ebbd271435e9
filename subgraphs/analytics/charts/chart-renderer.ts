import path from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { AppError, ErrorCode } from '../../../lib/errors';
import type { VegaLiteSpec } from './chart-spec';

export interface ChartRendererOptions {
  /** How many worker threads draw at once, 1-4; 1 when omitted. */
  workers?: number;
  /** How long one drawing may take before its worker is stopped, in ms; 10,000 when omitted. */
  timeoutMs?: number;
  /** How many drawings may wait or run at once; past it `render` refuses. 32 when omitted. */
  maxQueue?: number;
  /** The heap of each worker, in MB, so an enormous chart fails alone; 256 when omitted. */
  workerHeapMb?: number;
  /** The worker's file; the real one when omitted (tests pass a faulty one). */
  workerFile?: string;
}

interface Job {
  id: number;
  spec: VegaLiteSpec;
  resolve: (svg: string) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker | null;
  /** Whether the worker has loaded vega and can take a drawing. */
  ready: boolean;
  job: (Job & { timer: NodeJS.Timeout }) | null;
}

type WorkerReply = { ready: true } | { id: number; svg: string } | { id: number; error: string };

/** How long a new worker may take to load vega, vega-lite and their dependencies. */
const startupTimeoutMs = 30_000;

const busy = () =>
  new AppError(ErrorCode.ServiceUnavailable, 'Too many charts are being drawn at once; try again in a moment.');

/**
 * Draws Vega-Lite specifications as SVG in a small pool of worker threads, started on first use:
 * vega and vega-lite are ESM-only (so they run in `render-worker.mjs`, which Node loads itself),
 * and drawing is CPU work that must not stall the subgraph's event loop. Requests queue for a free
 * worker; the queue is bounded, each drawing has a deadline (its worker is stopped and replaced when
 * it passes), and a worker that fails or dies rejects its request and is replaced: an error is a
 * rejected promise, never a crashed process. Call `close()` to stop the workers.
 */
export class ChartRenderer {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private readonly timeoutMs: number;
  private readonly maxQueue: number;
  private readonly workerHeapMb: number;
  private readonly workerFile: string;
  private nextId = 1;
  private pngsRunning = 0;
  private closed = false;

  constructor(options: ChartRendererOptions = {}) {
    const workers = Math.min(4, Math.max(1, Math.floor(options.workers ?? 1)));
    this.slots = Array.from({ length: workers }, () => ({ worker: null, ready: false, job: null }));
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxQueue = options.maxQueue ?? 32;
    this.workerHeapMb = options.workerHeapMb ?? 256;
    this.workerFile = options.workerFile ?? path.join(__dirname, 'render-worker.mjs');
  }

  /** The specification drawn as an SVG document. */
  render(spec: VegaLiteSpec): Promise<string> {
    if (this.closed) return Promise.reject(new Error('The chart renderer is closed.'));
    const running = this.slots.filter((slot) => slot.job).length;
    if (this.queue.length + running >= this.maxQueue) return Promise.reject(busy());
    return new Promise<string>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, spec, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * An SVG document as PNG, `scale` times its size in pixels (1-4; 1 when omitted). sharp runs on
   * libuv's thread pool, not this event loop, so it needs no worker of ours; and libvips must not be
   * loaded in a worker thread that can be terminated (its libraries would be unloaded under it).
   */
  async renderPng(svg: string, { scale = 1 }: { scale?: number } = {}): Promise<Buffer> {
    if (this.closed) throw new Error('The chart renderer is closed.');
    if (this.pngsRunning >= this.maxQueue) throw busy();
    this.pngsRunning++;
    try {
      const density = 72 * Math.min(4, Math.max(1, scale));
      return await sharp(Buffer.from(svg), { density, limitInputPixels: 8192 * 8192 })
        .timeout({ seconds: Math.max(1, Math.ceil(this.timeoutMs / 1000)) })
        .png()
        .toBuffer();
    } finally {
      this.pngsRunning--;
    }
  }

  /** Stops the workers; waiting and running requests are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('The chart renderer is closed.');
    for (const job of this.queue.splice(0)) job.reject(error);
    await Promise.all(this.slots.map((slot) => this.stop(slot, error)));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      const job = slot.job === null ? this.queue.shift() : undefined;
      if (!job) continue;
      const worker = slot.worker ?? this.start(slot);
      if (slot.ready) {
        slot.job = { ...job, timer: this.deadline(slot) };
        this.send(slot, worker);
      } else {
        // Sent when the worker says it is ready: the deadline measures the drawing, not the start.
        const timer = setTimeout(
          () => void this.stop(slot, new Error(`The chart worker did not start within ${startupTimeoutMs} ms.`)),
          startupTimeoutMs,
        );
        slot.job = { ...job, timer };
      }
    }
  }

  /** Posts the slot's request; one that cannot be posted (not cloneable) is rejected at once. */
  private send(slot: Slot, worker: Worker): void {
    const job = slot.job!;
    try {
      worker.postMessage({ id: job.id, spec: job.spec });
    } catch (error) {
      clearTimeout(job.timer);
      slot.job = null;
      job.reject(new Error(`The chart could not be sent to its worker: ${(error as Error).message}`));
      queueMicrotask(() => this.dispatch());
    }
  }

  private deadline(slot: Slot): NodeJS.Timeout {
    return setTimeout(
      () => void this.stop(slot, new Error(`Drawing the chart took longer than ${this.timeoutMs} ms.`)),
      this.timeoutMs,
    );
  }

  private start(slot: Slot): Worker {
    const worker = new Worker(this.workerFile, {
      resourceLimits: { maxOldGenerationSizeMb: this.workerHeapMb },
      stdout: false,
      stderr: false,
    });
    // An idle worker does not keep the process alive; a running request's deadline timer does.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.job;
      if (slot.worker !== worker) return;
      if ('ready' in reply) {
        slot.ready = true;
        if (job) {
          clearTimeout(job.timer);
          job.timer = this.deadline(slot);
          this.send(slot, worker);
        }
        return;
      }
      if (!job || job.id !== reply.id) return;
      clearTimeout(job.timer);
      slot.job = null;
      if ('svg' in reply) job.resolve(reply.svg);
      else job.reject(new Error(`The chart could not be drawn: ${reply.error}`));
      this.dispatch();
    });
    worker.on('error', (error) => {
      if (slot.worker === worker) void this.stop(slot, new Error(`The chart worker failed: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (slot.worker === worker) void this.stop(slot, new Error(`The chart worker stopped (exit code ${code}).`));
    });
    slot.worker = worker;
    slot.ready = false;
    return worker;
  }

  /** Rejects the slot's request, if any, stops its worker, and lets the queue move on with a new one. */
  private async stop(slot: Slot, error: Error): Promise<void> {
    const { worker, job } = slot;
    slot.worker = null;
    slot.ready = false;
    slot.job = null;
    if (job) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    if (!this.closed) this.dispatch();
    if (worker) await worker.terminate();
  }
}
