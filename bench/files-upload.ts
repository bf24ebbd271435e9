import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { Agent, request } from 'undici';
import { deleteRedisKeys } from '../tests/testkit/redis-server';
import {
  benchDatabase,
  benchEnv,
  gql,
  ports,
  routerMemory,
  seedFixture,
  spawnRouter,
  spawnTs,
  stopChild,
  subgraphProcesses,
  urlOf,
  waitFor,
} from './support';

// Many large uploads at once through the router (its own process, as deployed; subgraphs in theirs,
// events over Redis), with the local store in a temporary folder: createUpload for each, then every
// PUT of the bytes at the same time, then completeUpload for each (which reads every byte back to
// hash and sniff it). The router must stream the bytes to disk: its RSS, read from /proc every 50 ms
// while the PUTs run, must grow by a small fraction of what is sent, never by the files themselves.
const uploads = Number(process.env.BENCH_UPLOADS ?? 100);
const uploadMiB = Number(process.env.BENCH_UPLOAD_MB ?? 10);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const routerUrl = urlOf(ports.router);
const MiB = 2 ** 20;
const uploadBytes = Math.round(uploadMiB * MiB);
const totalMiB = (uploads * uploadBytes) / MiB;
/**
 * The verdict: at peak, the router's RSS may grow by at most this share of what is being sent (a
 * tenth: buffering even one in ten uploads whole would pass it), and never less than the allocator's
 * noise of a few dozen MiB for small runs.
 */
const maxGrowthShare = 0.1;
const minGrowthLimitMiB = 64;
const rssSampleMs = 50;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** A process's resident set, in MiB, as the kernel counts it (VmRSS of /proc/<pid>/status). */
function rssOf(pid: number): number {
  const line = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Number(line[1]) / 1024;
}

/**
 * Reads `pid`'s RSS every `everyMs` until stopped: the samples, in MiB. The sampling runs in a worker
 * thread, so that the bench's own busy event loop (it is sending the bytes) does not space them out.
 */
function sampleRss(pid: number, everyMs: number): { stop(): Promise<number[]> } {
  const stopFlag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    const { pid, everyMs, stopFlag } = workerData;
    const samples = [];
    const read = () => Number(/^VmRSS:\\s+(\\d+) kB$/m.exec(readFileSync('/proc/' + pid + '/status', 'utf8'))[1]) / 1024;
    do samples.push(read());
    while (Atomics.wait(stopFlag, 0, 0, everyMs) === 'timed-out');
    samples.push(read());
    parentPort.postMessage(samples);`,
    { eval: true, workerData: { pid, everyMs, stopFlag } },
  );
  const samples = new Promise<number[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    async stop() {
      Atomics.store(stopFlag, 0, 1);
      Atomics.notify(stopFlag, 0);
      return samples;
    },
  };
}

/**
 * The bytes of upload `index`, generated as they are sent: one random MiB block repeated, after a
 * first block of its own (so every upload has its own SHA-256 and none is deduplicated). Nothing the
 * size of a file is ever held here.
 */
function bytesOf(index: number, block: Buffer): Readable {
  const first = Buffer.from(block);
  first.write(`upload ${index} of ${uploads}\n`, 0, 'latin1');
  return Readable.from(
    (function* () {
      for (let sent = 0; sent < uploadBytes; sent += block.length) {
        const chunk = sent === 0 ? first : block;
        yield uploadBytes - sent >= chunk.length ? chunk : chunk.subarray(0, uploadBytes - sent);
      }
    })(),
    { objectMode: false },
  );
}

interface Upload {
  id: string;
  url: string;
  method: string;
  headers: { name: string; value: string }[];
}

async function main() {
  if (process.platform !== 'linux') throw new Error('This benchmark reads the router RSS from /proc: run it on Linux.');
  const database = await benchDatabase();
  const filesDir = await mkdtemp(path.join(tmpdir(), 'wg-bench-files-'));
  const keyPrefix = `wg-bench:${Date.now()}:`;
  const env = {
    ...benchEnv(database.url),
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: keyPrefix,
    FILES_STORAGE: 'local',
    FILES_LOCAL_DIR: filesDir,
  };
  const children: ChildProcess[] = [];
  const agent = new Agent({ connections: null, headersTimeout: 600_000, bodyTimeout: 600_000 });
  try {
    let router: ChildProcess | undefined;
    for (const [script, args, port] of [...subgraphProcesses(), ['router/main.ts', [], ports.router] as const]) {
      const child = script === 'router/main.ts' ? (router = spawnRouter(env)) : spawnTs(script, env, [...args]);
      children.push(child);
      await waitFor(`http://127.0.0.1:${port}/readyz`);
    }
    const routerProcess = router!;
    const fixture = await seedFixture(routerUrl);
    const { createWorkItem } = await gql<{ createWorkItem: { workItem: { id: string; key: string } } }>(
      routerUrl,
      'mutation($i: CreateWorkItemInput!) { createWorkItem(input: $i) { workItem { id key } } }',
      { i: { projectId: fixture.projectId, type: 'TASK', title: 'Large attachments' } },
      fixture.token,
    );
    const itemId = createWorkItem.workItem.id;
    const block = randomBytes(MiB);
    console.log(
      `${uploads} uploads of ${uploadMiB} MiB (${totalMiB.toFixed(0)} MiB) to ${createWorkItem.workItem.key}, ` +
        `local store in ${filesDir}; router pid ${routerProcess.pid}`,
    );

    // Warm the router's upload path once (first-request compilation), so the baseline is steady.
    const warm = await gql<{ createUpload: { upload: Upload } }>(
      routerUrl,
      'mutation($i: CreateUploadInput!) { createUpload(input: $i) { upload { id url method headers { name value } } } }',
      { i: { target: itemId, fileName: 'warm-up.bin', contentType: 'application/octet-stream', byteSize: 1024 } },
      fixture.token,
    );
    const warmed = await request(warm.createUpload.upload.url, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: block.subarray(0, 1024),
      dispatcher: agent,
    });
    await warmed.body.text();
    if (warmed.statusCode !== 201) throw new Error(`warm-up PUT answered ${warmed.statusCode}`);

    const heapBefore = await routerMemory(routerProcess);

    // 1. createUpload for each.
    const started = performance.now();
    const created = await Promise.all(
      Array.from({ length: uploads }, (_, index) =>
        gql<{ createUpload: { upload: Upload } }>(
          routerUrl,
          'mutation($i: CreateUploadInput!) { createUpload(input: $i) { upload { id url method headers { name value } } } }',
          {
            i: {
              target: itemId,
              fileName: `blob-${index}.bin`,
              contentType: 'application/octet-stream',
              byteSize: uploadBytes,
            },
          },
          fixture.token,
        ).then((data) => data.createUpload.upload),
      ),
    );
    const createdAt = performance.now();
    if (created.some((upload) => upload.method !== 'PUT')) throw new Error('expected PUT uploads (local store)');

    // 2. Every PUT at once, streamed, while the router's RSS is sampled.
    const rssBefore = rssOf(routerProcess.pid!);
    const sampler = sampleRss(routerProcess.pid!, rssSampleMs);
    const latencies = await Promise.all(
      created.map(async (upload, index) => {
        const sentAt = performance.now();
        const response = await request(upload.url, {
          method: 'PUT',
          headers: {
            ...Object.fromEntries(upload.headers.map((header) => [header.name, header.value])),
            'content-length': String(uploadBytes),
          },
          body: bytesOf(index, block),
          dispatcher: agent,
        });
        const answer = await response.body.text();
        if (response.statusCode !== 201) throw new Error(`PUT ${index} answered ${response.statusCode}: ${answer}`);
        const stored = JSON.parse(answer) as { byteSize: number };
        if (stored.byteSize !== uploadBytes) throw new Error(`PUT ${index} stored ${stored.byteSize} bytes`);
        return performance.now() - sentAt;
      }),
    );
    const putAt = performance.now();
    const samples = await sampler.stop();
    const rssAfter = rssOf(routerProcess.pid!);

    // 3. completeUpload for each: reads every byte back, hashes and sniffs it, records the file.
    const completed = await Promise.all(
      created.map((upload) =>
        gql<{ completeUpload: { file: { byteSize: number }; deduplicated: boolean } }>(
          routerUrl,
          'mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { deduplicated file { byteSize } } }',
          { i: { uploadId: upload.id } },
          fixture.token,
        ),
      ),
    );
    const completedAt = performance.now();
    if (
      completed.some(
        ({ completeUpload }) => completeUpload.file.byteSize !== uploadBytes || completeUpload.deduplicated,
      )
    ) {
      throw new Error('a completed upload has another size, or was deduplicated');
    }
    const { workItem } = await gql<{ workItem: { attachments: { totalCount: number } } }>(
      routerUrl,
      'query($id: ID!) { workItem(id: $id) { attachments { totalCount } } }',
      { id: itemId },
      fixture.token,
    );
    // The warm-up upload was never completed: it is not listed.
    if (workItem.attachments.totalCount !== uploads) {
      throw new Error(`${workItem.attachments.totalCount} attachments listed, not ${uploads}`);
    }
    const heapAfter = await routerMemory(routerProcess);

    const peak = Math.max(...samples);
    const growth = peak - rssBefore;
    const sorted = [...latencies].sort((a, b) => a - b);
    const putMs = putAt - createdAt;
    console.log(
      `\nphases: createUpload ${seconds(createdAt - started)} s, PUT ${seconds(putMs)} s, completeUpload ${seconds(completedAt - putAt)} s`,
    );
    console.table({
      'PUT phase': { MiB: totalMiB, seconds: seconds(putMs), 'MiB/s': (totalMiB / (putMs / 1000)).toFixed(1) },
      'end to end (create, PUT, complete)': {
        MiB: totalMiB,
        seconds: seconds(completedAt - started),
        'MiB/s': (totalMiB / ((completedAt - started) / 1000)).toFixed(1),
      },
    });
    console.log(
      `PUT latency per upload (${uploadMiB} MiB, ${uploads} at once): p50 ${seconds(percentile(sorted, 50))} s, ` +
        `p99 ${seconds(percentile(sorted, 99))} s, max ${seconds(sorted.at(-1)!)} s`,
    );
    console.log(
      `router RSS: before ${rssBefore.toFixed(1)} MiB, peak ${peak.toFixed(1)} MiB, after ${rssAfter.toFixed(1)} MiB; ` +
        `peak - before ${growth.toFixed(1)} MiB (${samples.length} samples every ${rssSampleMs} ms)`,
    );
    console.log(
      `router heap + external after GC: ${heapBefore.heap.toFixed(1)} MiB before, ${heapAfter.heap.toFixed(1)} MiB after ` +
        `(RSS after GC ${heapBefore.rss.toFixed(1)} -> ${heapAfter.rss.toFixed(1)} MiB)`,
    );
    const limit = Math.max(totalMiB * maxGrowthShare, minGrowthLimitMiB);
    const verdict = growth <= limit ? 'PASS' : 'FAIL';
    console.log(
      `\nverdict: ${verdict}: the router's RSS grew ${growth.toFixed(1)} MiB at peak while ${totalMiB.toFixed(0)} MiB ` +
        `streamed through it (${((growth / totalMiB) * 100).toFixed(1)}%; at most ${limit.toFixed(0)} MiB allowed, ` +
        `the larger of ${(maxGrowthShare * 100).toFixed(0)}% and ${minGrowthLimitMiB} MiB): ${verdict === 'PASS' ? 'uploads are streamed, not buffered' : 'the router holds upload bytes in memory'}`,
    );
    if (verdict === 'FAIL') process.exitCode = 1;
  } finally {
    await agent.close();
    for (const child of children.reverse()) await stopChild(child);
    await database.drop();
    await deleteRedisKeys(redisUrl, keyPrefix);
    await rm(filesDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
