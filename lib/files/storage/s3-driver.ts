import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { ByteMeter, assertMaxBytes } from './byte-meter';
import {
  StorageObjectMissingError,
  assertByteRange,
  assertStorageKey,
  type SignedUpload,
  type StorageDriver,
} from './storage-driver';

// Objects in one S3 bucket (or an S3-compatible store: MinIO, R2, s3rver in tests). Clients upload
// with a presigned POST, whose policy S3 enforces: this key, this content type, at most maxBytes,
// until it expires. The credentials need s3:ListBucket besides the object actions: without it S3
// answers 403 rather than 404 for a missing key, and `stat` would throw instead of saying null.

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible endpoint; AWS's own when unset. */
  endpoint?: string;
  /** `<endpoint>/<bucket>/<key>` rather than `<bucket>.<endpoint>/<key>`: most S3-compatible stores want it. */
  forcePathStyle: boolean;
  /** Static credentials; the SDK's default chain (environment, profile, instance role) when unset. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** DeleteObjects takes at most this many keys. */
const deleteBatchSize = 1000;

const isNotFound = (error: unknown): boolean =>
  error instanceof S3ServiceException &&
  (error.name === 'NotFound' || error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);

export function createS3StorageDriver(options: S3StorageOptions): StorageDriver {
  const { bucket } = options;
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: options.credentials,
    // Checksums only where S3 requires them: S3-compatible stores do not all understand the
    // aws-chunked trailers the SDK sends by default. `write` sends its own SHA-256 instead.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

  return {
    kind: 's3',

    async signUpload({ key, maxBytes, contentType, expiresAt }): Promise<SignedUpload> {
      assertStorageKey(key);
      assertMaxBytes(maxBytes);
      const { url, fields } = await createPresignedPost(client, {
        Bucket: bucket,
        Key: key,
        Fields: { 'Content-Type': contentType },
        Conditions: [
          ['eq', '$key', key],
          ['eq', '$Content-Type', contentType],
          ['content-length-range', 0, maxBytes],
        ],
        Expires: Math.max(1, Math.ceil((expiresAt.getTime() - Date.now()) / 1000)),
      });
      return { url, method: 'POST', headers: {}, fields, maxBytes, expiresAt };
    },

    async stat(key) {
      assertStorageKey(key);
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { byteSize: head.ContentLength ?? 0 };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },

    async read(key, range) {
      assertStorageKey(key);
      if (range) assertByteRange(range);
      try {
        const object = await client.send(
          new GetObjectCommand({ Bucket: bucket, Key: key, Range: range && `bytes=${range.start}-${range.end}` }),
        );
        // In Node the SDK's body is an http.IncomingMessage, a Readable.
        if (!(object.Body instanceof Readable)) throw new TypeError('The S3 client returned no readable body.');
        return object.Body;
      } catch (error) {
        if (isNotFound(error)) throw new StorageObjectMissingError(key);
        throw error;
      }
    },

    // PutObject needs the length of a streamed body before it starts, so the body is spooled to a
    // temporary file (measured, limited and hashed on the way), then sent with its length and hash.
    // An object above the limit is never sent at all.
    async write(key, body, { maxBytes, contentType }) {
      assertStorageKey(key);
      assertMaxBytes(maxBytes);
      const directory = await mkdtemp(path.join(os.tmpdir(), 'workgraph-s3-spool-'));
      try {
        const spool = path.join(directory, 'body');
        const meter = new ByteMeter(maxBytes);
        await pipeline(body, meter, createWriteStream(spool, { flags: 'wx' }));
        const stored = meter.result();
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: createReadStream(spool),
            ContentLength: stored.byteSize,
            ContentType: contentType,
            // S3 checks the bytes it received against the hash measured here.
            ChecksumSHA256: Buffer.from(stored.sha256, 'hex').toString('base64'),
          }),
        );
        return stored;
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    },

    async delete(keys) {
      keys.forEach(assertStorageKey);
      for (let at = 0; at < keys.length; at += deleteBatchSize) {
        const batch = keys.slice(at, at + deleteBatchSize);
        const result = await client.send(
          new DeleteObjectsCommand({
            Bucket: bucket,
            Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
          }),
        );
        // A missing key is not an error to S3; anything listed here is (access denied, a lock).
        const failed = result.Errors ?? [];
        if (failed.length) {
          throw new Error(
            `S3 refused to delete ${failed.length} object(s): ${failed
              .slice(0, 3)
              .map((item) => `${item.Key} (${item.Code})`)
              .join(', ')}.`,
          );
        }
      }
    },
  };
}
