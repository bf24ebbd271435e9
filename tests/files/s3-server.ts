import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// A real S3 API for the tests: s3rver on a free port, over a temporary folder. It checks SigV4
// signatures but not POST policies (so a presigned POST's size limit is enforced by completeUpload's
// size check here, and by S3 itself in production).

interface S3rverServer {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}

// s3rver ships no types: the little of it these tests use.
const S3rver = require('s3rver') as new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
}) => S3rverServer;

export interface RunningS3 {
  bucket: string;
  /** Where it listens, e.g. `http://127.0.0.1:34567`. */
  endpoint: string;
  /** The FILES_* variables that point the files subgraph and the router at it. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startS3Server(bucket = 'workgraph-files'): Promise<RunningS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'workgraph-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    bucket,
    endpoint,
    env: {
      FILES_STORAGE: 's3',
      FILES_S3_BUCKET: bucket,
      FILES_S3_ENDPOINT: endpoint,
      FILES_S3_REGION: 'us-east-1',
      // s3rver's fixed credentials.
      FILES_S3_ACCESS_KEY_ID: 'S3RVER',
      FILES_S3_SECRET_ACCESS_KEY: 'S3RVER',
      FILES_S3_FORCE_PATH_STYLE: 'true',
    },
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
