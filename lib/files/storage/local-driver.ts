import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileUploadUrl } from '../file-links';
import { ByteMeter, assertMaxBytes } from './byte-meter';
import {
  StorageObjectMissingError,
  assertByteRange,
  assertStorageKey,
  type SignedUpload,
  type StorageDriver,
} from './storage-driver';

// Files under one directory, for development, tests and single-machine deployments. Uploads go
// through the router (`PUT /files/upload/<token>`, router/files/upload-endpoint), which calls `write`.

export interface LocalStorageOptions {
  /** The directory every key lives under; created when missing. */
  root: string;
  /** The router's public URL, read when an upload is signed. */
  publicUrl: () => string;
  signingSecret: string;
}

const isAbsentError = (error: unknown): boolean =>
  ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException | null)?.code ?? '');

export function createLocalStorageDriver(options: LocalStorageOptions): StorageDriver {
  const root = path.resolve(options.root);

  // Keys are checked, then resolved and checked again to lie under the root: two locks on one door.
  function pathOf(key: string): string {
    assertStorageKey(key);
    const file = path.resolve(root, key);
    if (!file.startsWith(root + path.sep)) throw new RangeError(`The key ${JSON.stringify(key)} leaves the root.`);
    return file;
  }

  return {
    kind: 'local',

    async signUpload({ key, maxBytes, contentType, expiresAt }): Promise<SignedUpload> {
      assertStorageKey(key);
      assertMaxBytes(maxBytes);
      const expires = Math.floor(expiresAt.getTime() / 1000);
      return {
        url: fileUploadUrl(options.publicUrl(), options.signingSecret, { key, maxBytes, contentType, expires }),
        method: 'PUT',
        headers: { 'content-type': contentType },
        fields: {},
        maxBytes,
        expiresAt,
      };
    },

    async stat(key) {
      try {
        const info = await stat(pathOf(key));
        return info.isFile() ? { byteSize: info.size } : null;
      } catch (error) {
        if (isAbsentError(error)) return null;
        throw error;
      }
    },

    async read(key, range) {
      const file = pathOf(key);
      if (range) assertByteRange(range);
      // Opened before answering, so a missing file rejects here rather than failing the stream later.
      const handle = await open(file, 'r').catch((error: unknown) => {
        throw isAbsentError(error) ? new StorageObjectMissingError(key) : error;
      });
      try {
        if (!(await handle.stat()).isFile()) throw new StorageObjectMissingError(key);
      } catch (error) {
        await handle.close();
        throw error;
      }
      return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    },

    async write(key, body, { maxBytes }) {
      const file = pathOf(key);
      assertMaxBytes(maxBytes);
      await mkdir(path.dirname(file), { recursive: true });
      // Beside the file, so the rename is atomic: readers see the old object or the whole new one.
      // Not named after it, so a name near the file system's limit still has room for a temporary one.
      const temporary = path.join(path.dirname(file), `.upload-${randomBytes(12).toString('hex')}.part`);
      const meter = new ByteMeter(maxBytes);
      try {
        await pipeline(body, meter, createWriteStream(temporary, { flags: 'wx', flush: true }));
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return meter.result();
    },

    async delete(keys) {
      const files = keys.map(pathOf);
      await Promise.all(files.map((file) => rm(file, { force: true })));
    },
  };
}
