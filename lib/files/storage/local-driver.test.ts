import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { verifyUploadToken } from '../file-links';
import { createLocalStorageDriver } from './local-driver';
import {
  InvalidStorageKeyError,
  StorageObjectMissingError,
  StorageObjectTooLargeError,
  isValidStorageKey,
  type StorageDriver,
} from './storage-driver';

const secret = 's'.repeat(64);
let base: string;
let root: string;
let storage: StorageDriver;

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'workgraph-local-driver-'));
  root = path.join(base, 'files');
  storage = createLocalStorageDriver({ root, publicUrl: () => 'https://work.example/', signingSecret: secret });
});
afterEach(() => rm(base, { recursive: true, force: true }));

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const textOf = async (stream: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};
/** Every file below `dir`, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
const options = { maxBytes: 1024, contentType: 'text/plain' };

describe('local storage', () => {
  test('a written object has its size and hash, stats, reads back whole or by inclusive range, and deletes', async () => {
    const bytes = Buffer.from('0123456789abcdef');
    expect(await storage.write('org/1/a.txt', Readable.from([bytes]), options)).toEqual({
      byteSize: 16,
      sha256: sha256(bytes),
    });
    expect(await storage.stat('org/1/a.txt')).toEqual({ byteSize: 16 });
    expect(await textOf(await storage.read('org/1/a.txt'))).toBe('0123456789abcdef');
    expect(await textOf(await storage.read('org/1/a.txt', { start: 2, end: 5 }))).toBe('2345');
    expect(await textOf(await storage.read('org/1/a.txt', { start: 15, end: 15 }))).toBe('f');
    expect(await filesUnder(root)).toEqual(['org/1/a.txt']);

    await storage.delete(['org/1/a.txt', 'org/1/never-written']);
    expect(await storage.stat('org/1/a.txt')).toBeNull();
    await expect(storage.read('org/1/a.txt')).rejects.toBeInstanceOf(StorageObjectMissingError);
  });

  test('an empty object is stored and read as empty', async () => {
    expect(await storage.write('empty', Readable.from([]), options)).toEqual({
      byteSize: 0,
      sha256: sha256(Buffer.alloc(0)),
    });
    expect(await storage.stat('empty')).toEqual({ byteSize: 0 });
    expect(await textOf(await storage.read('empty'))).toBe('');
  });

  test('a missing object stats as null and reads as StorageObjectMissingError, as does a key that names a folder', async () => {
    expect(await storage.stat('nothing/here')).toBeNull();
    await expect(storage.read('nothing/here')).rejects.toBeInstanceOf(StorageObjectMissingError);
    await storage.write('folder/inner', Readable.from([Buffer.from('x')]), options);
    expect(await storage.stat('folder')).toBeNull();
    await expect(storage.read('folder')).rejects.toBeInstanceOf(StorageObjectMissingError);
    expect(await storage.stat('folder/inner/deeper')).toBeNull();
  });

  test('a body of exactly the limit is stored; one byte more stores nothing and leaves no partial file', async () => {
    await storage.write('exact', Readable.from([Buffer.alloc(1024, 1)]), options);
    expect(await storage.stat('exact')).toEqual({ byteSize: 1024 });

    const tooMany = Readable.from([Buffer.alloc(1000, 1), Buffer.alloc(25, 2)]);
    await expect(storage.write('over', tooMany, options)).rejects.toBeInstanceOf(StorageObjectTooLargeError);
    expect(await storage.stat('over')).toBeNull();
    expect(await filesUnder(root)).toEqual(['exact']);
  });

  test('a body above the limit fails while it streams: the rest is never read', async () => {
    let chunksPulled = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          chunksPulled += 1;
          yield Buffer.alloc(1024, 7);
        }
      })(),
    );
    await expect(storage.write('endless', endless, { ...options, maxBytes: 64 * 1024 })).rejects.toBeInstanceOf(
      StorageObjectTooLargeError,
    );
    // The limit (64 chunks) plus what the streams' buffers hold (16 KB each at most).
    expect(chunksPulled).toBeLessThan(64 + 64);
    expect(await filesUnder(root)).toEqual([]);
  });

  test('a body that fails midway stores nothing and keeps the object it would have replaced', async () => {
    await storage.write('kept', Readable.from([Buffer.from('old')]), options);
    const failing = new Readable({
      read() {
        this.push(Buffer.from('new bytes'));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(storage.write('kept', failing, options)).rejects.toThrow('client went away');
    expect(await textOf(await storage.read('kept'))).toBe('old');
    expect(await filesUnder(root)).toEqual(['kept']);
  });

  test('a write replaces an existing object whole', async () => {
    await storage.write('doc', Readable.from([Buffer.from('first version')]), options);
    await storage.write('doc', Readable.from([Buffer.from('second')]), options);
    expect(await textOf(await storage.read('doc'))).toBe('second');
    expect(await storage.stat('doc')).toEqual({ byteSize: 6 });
  });

  test('concurrent writes to different keys each store their own bytes', async () => {
    const keys = Array.from({ length: 24 }, (_, index) => `org/${index % 3}/file-${index}`);
    const bodyOf = (key: string) => Buffer.from(`${key}:`.repeat(500));
    const results = await Promise.all(
      keys.map((key) =>
        storage.write(key, Readable.from([bodyOf(key).subarray(0, 2000), bodyOf(key).subarray(2000)]), {
          ...options,
          maxBytes: 1e6,
        }),
      ),
    );
    for (const [index, key] of keys.entries()) {
      expect(results[index]).toEqual({ byteSize: bodyOf(key).length, sha256: sha256(bodyOf(key)) });
      expect(await textOf(await storage.read(key))).toBe(bodyOf(key).toString());
    }
    expect(await filesUnder(root)).toHaveLength(keys.length);
  });

  test('every operation refuses a key that could leave the root, and nothing outside it is touched', async () => {
    const outside = path.join(base, 'outside.txt');
    await writeFile(outside, 'secret');
    const hostile = [
      '../outside.txt',
      'a/../../outside.txt',
      '/etc/passwd',
      `${base}/outside.txt`,
      'a//b',
      './a',
      'a/./b',
      'a\\..\\b',
      'a/b/',
      '',
      '.hidden',
      'a\u0000b',
    ];
    for (const key of hostile) {
      await expect(storage.stat(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.read(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.write(key, Readable.from([Buffer.from('x')]), options)).rejects.toBeInstanceOf(
        InvalidStorageKeyError,
      );
      await expect(storage.delete([key])).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(
        storage.signUpload({ key, maxBytes: 1, contentType: 'text/plain', expiresAt: new Date(Date.now() + 60_000) }),
      ).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
    expect(await filesUnder(base)).toEqual(['outside.txt']);
  });

  test('a signed upload is a PUT to the router with a token that binds the key, limit and type', async () => {
    const expiresAt = new Date(Math.ceil(Date.now() / 1000) * 1000 + 600_000);
    const upload = await storage.signUpload({ key: 'org/1/up', maxBytes: 2048, contentType: 'image/png', expiresAt });
    expect(upload).toMatchObject({
      method: 'PUT',
      headers: { 'content-type': 'image/png' },
      fields: {},
      maxBytes: 2048,
      expiresAt,
    });
    const prefix = 'https://work.example/files/upload/';
    expect(upload.url.startsWith(prefix)).toBe(true);
    expect(verifyUploadToken(secret, upload.url.slice(prefix.length))).toEqual({
      ok: true,
      claims: { key: 'org/1/up', maxBytes: 2048, contentType: 'image/png', expires: expiresAt.getTime() / 1000 },
    });
  });
});

describe('storage keys', () => {
  test('are relative paths of letters, digits and . _ - segments, at most 512 characters', () => {
    for (const key of ['a', 'org/1/file/2', 'A9/x.y-z_w', 'a/.b', 'a/b..c', 'x'.repeat(512)]) {
      expect(isValidStorageKey(key)).toBe(true);
    }
    for (const key of [
      '',
      '/a',
      'a/',
      'a//b',
      '..',
      'a/..',
      'a/../b',
      'a/./b',
      '.a',
      '-a',
      'a b',
      'a%2F..',
      'é',
      'x'.repeat(513),
      7,
    ]) {
      expect(isValidStorageKey(key)).toBe(false);
    }
  });
});
