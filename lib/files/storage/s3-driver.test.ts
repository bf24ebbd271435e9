import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import { Readable } from 'node:stream';
import { startS3Server, type RunningS3 } from '../../../tests/files/s3-server';
import { createS3StorageDriver } from './s3-driver';
import {
  InvalidStorageKeyError,
  StorageObjectMissingError,
  StorageObjectTooLargeError,
  type SignedUpload,
  type StorageDriver,
} from './storage-driver';

// Against a real S3 API: s3rver, started here on a free port. s3rver checks SigV4 signatures of
// SDK requests (its account is S3RVER/S3RVER) but not the policy of a presigned POST at all.

const bucket = 'workgraph-test';
let s3: RunningS3;
let storage: StorageDriver;

beforeAll(async () => {
  s3 = await startS3Server(bucket);
  storage = createS3StorageDriver({
    bucket,
    region: 'us-east-1',
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});
afterAll(() => s3.close());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const textOf = async (stream: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);

/** What a browser does with a signed upload: the fields, then the file, as multipart/form-data. */
async function postForm(upload: SignedUpload, file: Blob) {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', file, 'upload.bin');
  const response = await fetch(upload.url, { method: upload.method, headers: upload.headers, body: form });
  return { status: response.status, text: await response.text() };
}

describe('S3 storage against s3rver', () => {
  test('a file posted with the signed form fields is stored at the signed key', async () => {
    const upload = await storage.signUpload({
      key: 'org/1/posted',
      maxBytes: 100,
      contentType: 'text/plain',
      expiresAt: inMinutes(5),
    });
    expect(upload).toMatchObject({ method: 'POST', headers: {}, maxBytes: 100 });
    expect(upload.url).toMatch(new RegExp(`/${bucket}$`));

    const response = await postForm(upload, new Blob(['hello from a browser'], { type: 'text/plain' }));
    expect(response.status).toBe(204);
    expect(await storage.stat('org/1/posted')).toEqual({ byteSize: 20 });
    expect(await textOf(await storage.read('org/1/posted'))).toBe('hello from a browser');
  });

  test('the signed policy binds the key, the content type, at most maxBytes and the expiry', async () => {
    const expiresAt = inMinutes(10);
    const upload = await storage.signUpload({
      key: 'org/1/policy',
      maxBytes: 4096,
      contentType: 'image/png',
      expiresAt,
    });
    const policy = JSON.parse(Buffer.from(upload.fields.Policy!, 'base64').toString('utf8')) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['eq', '$key', 'org/1/policy'],
        ['eq', '$Content-Type', 'image/png'],
        ['content-length-range', 0, 4096],
        { bucket },
      ]),
    );
    expect(Math.abs(Date.parse(policy.expiration) - expiresAt.getTime())).toBeLessThan(2000);
    expect(upload.fields).toMatchObject({ key: 'org/1/policy', 'Content-Type': 'image/png' });
    expect(upload.fields['X-Amz-Signature']).toMatch(/^[0-9a-f]{64}$/);
  });

  // Real S3 answers 400 EntityTooLarge here. The check that holds everywhere is the size
  // completeUpload stats; this test fails, as a reminder to test the refusal, once s3rver enforces it.
  test('s3rver, unlike S3, stores a posted file above the policy limit: it does not check POST policies', async () => {
    const upload = await storage.signUpload({
      key: 'org/1/oversize',
      maxBytes: 10,
      contentType: 'text/plain',
      expiresAt: inMinutes(5),
    });
    const response = await postForm(upload, new Blob(['x'.repeat(50)], { type: 'text/plain' }));
    expect(response.status).toBe(204);
    expect(await storage.stat('org/1/oversize')).toEqual({ byteSize: 50 });
  });

  test('a written object has its size and hash, stats, reads back whole or by inclusive range, and deletes', async () => {
    const bytes = Buffer.from('0123456789abcdef');
    const stored = await storage.write('org/2/written', Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]), {
      maxBytes: 16,
      contentType: 'application/octet-stream',
    });
    expect(stored).toEqual({ byteSize: 16, sha256: sha256(bytes) });
    expect(await storage.stat('org/2/written')).toEqual({ byteSize: 16 });
    expect(await textOf(await storage.read('org/2/written'))).toBe('0123456789abcdef');
    expect(await textOf(await storage.read('org/2/written', { start: 3, end: 6 }))).toBe('3456');

    await storage.delete(['org/2/written', 'org/2/never-written']);
    expect(await storage.stat('org/2/written')).toBeNull();
  });

  test('a write above the limit sends nothing to S3 and leaves no spool file behind', async () => {
    const spools = async () => (await readdir(os.tmpdir())).filter((name) => name.startsWith('workgraph-s3-spool-'));
    const before = await spools();
    const body = Readable.from([Buffer.alloc(600, 1), Buffer.alloc(600, 2)]);
    await expect(
      storage.write('org/2/too-large', body, { maxBytes: 1000, contentType: 'application/octet-stream' }),
    ).rejects.toBeInstanceOf(StorageObjectTooLargeError);
    expect(await storage.stat('org/2/too-large')).toBeNull();
    expect(await spools()).toEqual(before);
  });

  test('a missing object stats as null and reads as StorageObjectMissingError', async () => {
    expect(await storage.stat('org/3/missing')).toBeNull();
    await expect(storage.read('org/3/missing')).rejects.toBeInstanceOf(StorageObjectMissingError);
  });

  test('deleting more keys than one DeleteObjects request takes deletes them all', async () => {
    const keys = Array.from({ length: 1001 }, (_, index) => `org/4/batch-${index}`);
    for (const key of [keys[0]!, keys[1000]!]) {
      await storage.write(key, Readable.from([Buffer.from(key)]), { maxBytes: 100, contentType: 'text/plain' });
    }
    await storage.delete(keys);
    expect(await storage.stat(keys[0]!)).toBeNull();
    expect(await storage.stat(keys[1000]!)).toBeNull();
  });

  test('every operation refuses a key that is not a plain relative path', async () => {
    for (const key of ['../other-bucket/x', 'a/../b', '/a', 'a//b']) {
      await expect(storage.stat(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.read(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(
        storage.write(key, Readable.from([Buffer.from('x')]), { maxBytes: 10, contentType: 'text/plain' }),
      ).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.delete(['ok', key])).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(
        storage.signUpload({ key, maxBytes: 1, contentType: 'text/plain', expiresAt: inMinutes(1) }),
      ).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
  });
});
