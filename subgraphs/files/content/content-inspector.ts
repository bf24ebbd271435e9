import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, ErrorCode } from '../../../lib/errors';

/** How many of the first bytes `sniff` reads, and callers read for it. */
export const sniffHeadBytes = 65536;

export interface SniffedType {
  mime: string;
  ext: string;
}

export interface PdfInfo {
  pageCount: number;
  /** The first page as PNG. */
  firstPagePng: Buffer;
}

export interface ContentInspectorOptions {
  /** How long one job may take before its worker is stopped, in ms; 10,000 when omitted. */
  timeoutMs?: number;
  /** How many jobs may wait or run at once; past it the inspector refuses. 64 when omitted. */
  maxQueue?: number;
  /** The JavaScript heap of the worker, in MB; 256 when omitted. */
  workerHeapMb?: number;
  /** Past this size of the worker's JavaScript heap in use, in MB, it is replaced after its job; 192 when omitted. */
  maxHeapInUseMb?: number;
  /** PDFs a worker reads before it is replaced (what pdf.js and the canvas hold outside the heap goes with it); 50 when omitted. */
  documentsPerWorker?: number;
  /** The worker's file; the real one when omitted (tests pass a faulty one). */
  workerFile?: string;
}

export type InspectionFailure = 'TIMEOUT' | 'WORKER_FAILED' | 'CLOSED';

/** A job the inspector could not finish, and why: a caller may retry after TIMEOUT or WORKER_FAILED. */
export class InspectionError extends Error {
  constructor(
    readonly failure: InspectionFailure,
    message: string,
  ) {
    super(message);
    this.name = 'InspectionError';
  }
}

type Request = { kind: 'sniff'; bytes: ArrayBuffer } | { kind: 'pdf'; bytes: ArrayBuffer; previewWidth: number };
type PdfReply = { pageCount: number; png: ArrayBuffer } | null;

interface Job {
  id: number;
  request: Request;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

type WorkerReply =
  { ready: true } | { id: number; result: unknown; retire: boolean } | { id: number; error: string; retire: boolean };

/** How long a new worker may take to load file-type and pdf.js. */
const startupTimeoutMs = 30_000;
/** The longest side, in pixels, of a preview `pdfInfo` draws. */
export const maxPreviewSide = 4096;

/**
 * The bytes in an ArrayBuffer of their own, to transfer to the worker: the caller's buffer is not
 * detached, and a view of a larger buffer (Node's pooled buffers, a head cut from a file) is not
 * cloned whole as postMessage would.
 */
const ownCopy = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

/**
 * Looks inside uploaded bytes in one worker thread, started on first use: file-type and pdf.js are
 * ESM-only (so they run in `content-worker.mjs`, which Node loads itself), and reading a PDF is CPU
 * work that must not stall the subgraph's event loop. Jobs run one at a time in order; the queue is
 * bounded, each job has a deadline (the worker is stopped and replaced when it passes), and a worker
 * that fails or dies rejects its job and is replaced: an error is a rejected promise, never a crashed
 * process. Call `close()` to stop the worker.
 */
export class ContentInspector {
  private readonly queue: Job[] = [];
  private readonly timeoutMs: number;
  private readonly maxQueue: number;
  private readonly workerHeapMb: number;
  private readonly maxHeapInUseMb: number;
  private readonly documentsPerWorker: number;
  private readonly workerFile: string;
  private worker: Worker | null = null;
  /** Whether the worker has loaded its libraries and can take a job. */
  private ready = false;
  private running: (Job & { timer: NodeJS.Timeout }) | null = null;
  private nextId = 1;
  private closed = false;

  constructor(options: ContentInspectorOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxQueue = options.maxQueue ?? 64;
    this.workerHeapMb = options.workerHeapMb ?? 256;
    this.maxHeapInUseMb = options.maxHeapInUseMb ?? 192;
    this.documentsPerWorker = options.documentsPerWorker ?? 50;
    this.workerFile = options.workerFile ?? path.join(__dirname, 'content-worker.mjs');
  }

  /** The type file-type recognises in the first `sniffHeadBytes` bytes (more are ignored), or null. */
  sniff(head: Uint8Array): Promise<SniffedType | null> {
    return this.run({ kind: 'sniff', bytes: ownCopy(head.subarray(0, sniffHeadBytes)) }) as Promise<SniffedType | null>;
  }

  /**
   * The page count of a PDF and its first page as PNG, `previewWidth` pixels wide (narrower when the
   * page is so tall that its height would pass 4096); null when pdf.js cannot open it as a PDF or
   * cannot draw its first page.
   */
  async pdfInfo(pdf: Uint8Array, { previewWidth }: { previewWidth: number }): Promise<PdfInfo | null> {
    if (!Number.isInteger(previewWidth) || previewWidth < 1 || previewWidth > maxPreviewSide) {
      throw new RangeError(`previewWidth must be a whole number of pixels from 1 to ${maxPreviewSide}.`);
    }
    const reply = (await this.run({ kind: 'pdf', bytes: ownCopy(pdf), previewWidth })) as PdfReply;
    return reply && { pageCount: reply.pageCount, firstPagePng: Buffer.from(reply.png) };
  }

  /** Stops the worker; waiting and running jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new InspectionError('CLOSED', 'The content inspector is closed.');
    for (const job of this.queue.splice(0)) job.reject(error);
    await this.stop(error);
  }

  private run(request: Request): Promise<unknown> {
    if (this.closed) return Promise.reject(new InspectionError('CLOSED', 'The content inspector is closed.'));
    if (this.queue.length + (this.running ? 1 : 0) >= this.maxQueue) {
      return Promise.reject(
        new AppError(
          ErrorCode.ServiceUnavailable,
          'Too many files are being inspected at once; try again in a moment.',
        ),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, request, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    if (this.running || this.closed) return;
    const job = this.queue.shift();
    if (!job) return;
    const worker = this.worker ?? this.start();
    if (this.ready) {
      this.running = { ...job, timer: this.deadline() };
      this.send(worker);
    } else {
      // Sent when the worker says it is ready: the deadline measures the job, not the start.
      const timer = setTimeout(
        () =>
          void this.stop(
            new InspectionError('WORKER_FAILED', `The content worker did not start within ${startupTimeoutMs} ms.`),
          ),
        startupTimeoutMs,
      );
      this.running = { ...job, timer };
    }
  }

  private send(worker: Worker): void {
    const { id, request } = this.running!;
    worker.postMessage({ id, request }, [request.bytes]);
  }

  private deadline(): NodeJS.Timeout {
    return setTimeout(
      () =>
        void this.stop(new InspectionError('TIMEOUT', `Inspecting the file took longer than ${this.timeoutMs} ms.`)),
      this.timeoutMs,
    );
  }

  private start(): Worker {
    const worker = new Worker(this.workerFile, {
      workerData: {
        maxHeapBytes: this.maxHeapInUseMb * 1024 * 1024,
        maxPreviewSide,
        documentsPerWorker: this.documentsPerWorker,
      },
      resourceLimits: { maxOldGenerationSizeMb: this.workerHeapMb },
      stdout: false,
      stderr: false,
    });
    // An idle worker does not keep the process alive; a running job's deadline timer does.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.receive(worker, reply));
    worker.on('error', (error) => {
      if (this.worker === worker) {
        void this.stop(new InspectionError('WORKER_FAILED', `The content worker failed: ${error.message}`));
      }
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) {
        void this.stop(new InspectionError('WORKER_FAILED', `The content worker stopped (exit code ${code}).`));
      }
    });
    this.worker = worker;
    this.ready = false;
    return worker;
  }

  private receive(worker: Worker, reply: WorkerReply): void {
    const job = this.running;
    if (this.worker !== worker) return;
    if ('ready' in reply) {
      this.ready = true;
      if (job) {
        clearTimeout(job.timer);
        job.timer = this.deadline();
        this.send(worker);
      }
      return;
    }
    if (!job || job.id !== reply.id) return;
    clearTimeout(job.timer);
    this.running = null;
    if ('result' in reply) job.resolve(reply.result);
    else job.reject(new InspectionError('WORKER_FAILED', `The file could not be inspected: ${reply.error}`));
    // Its next job goes to a new worker, with nothing left over from earlier documents.
    if (reply.retire) void this.stop(null);
    else this.dispatch();
  }

  /** Rejects the running job, if any, with `error`, stops the worker, and lets the queue move on with a new one. */
  private async stop(error: InspectionError | null): Promise<void> {
    const { worker, running } = this;
    this.worker = null;
    this.ready = false;
    this.running = null;
    if (running) {
      clearTimeout(running.timer);
      running.reject(error ?? new InspectionError('WORKER_FAILED', 'The content worker stopped.'));
    }
    this.dispatch();
    if (worker) await worker.terminate();
  }
}
