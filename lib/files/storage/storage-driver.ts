import type { Readable } from 'node:stream';

// Where the bytes of files live. Bytes never travel through GraphQL: the files subgraph hands out a
// signed upload (`signUpload`), the client sends the bytes straight to storage, and `completeUpload`
// reads them back (`stat`, `read`) to hash and sniff them. Downloads are served by the router
// (router/files) from `read`, whichever driver, so it always sets the response headers.

export interface SignedUpload {
  url: string;
  method: 'PUT' | 'POST';
  /** headers the client must send */
  headers: Record<string, string>;
  /** multipart form fields to send before the file (S3 presigned POST); empty for PUT */
  fields: Record<string, string>;
  maxBytes: number;
  expiresAt: Date;
}

export interface StorageDriver {
  readonly kind: 'local' | 's3';
  /** A signed upload of at most maxBytes to `key`, valid until expiresAt. */
  signUpload(input: { key: string; maxBytes: number; contentType: string; expiresAt: Date }): Promise<SignedUpload>;
  /** Size of a stored object, or null when there is none. */
  stat(key: string): Promise<{ byteSize: number } | null>;
  /** The object's bytes as a stream (optionally an inclusive byte range); rejects with StorageObjectMissingError when absent. */
  read(key: string, range?: { start: number; end: number }): Promise<Readable>;
  /**
   * Streams `body` into `key`, failing with StorageObjectTooLargeError (and storing nothing, removing
   * partial data) once more than maxBytes arrive. Returns size and SHA-256 hex. An existing object
   * is replaced only once the whole body has arrived.
   */
  write(key: string, body: Readable, options: { maxBytes: number; contentType: string }): Promise<StoredObject>;
  /** Removes objects; missing ones are fine. */
  delete(keys: readonly string[]): Promise<void>;
}

export interface StoredObject {
  byteSize: number;
  /** Lowercase hex. */
  sha256: string;
}

export class StorageObjectMissingError extends Error {
  constructor(readonly key: string) {
    super(`No stored object has the key ${JSON.stringify(key)}.`);
    this.name = 'StorageObjectMissingError';
  }
}

export class StorageObjectTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The object exceeds ${maxBytes} bytes.`);
    this.name = 'StorageObjectTooLargeError';
  }
}

/** A key that `isValidStorageKey` refuses reached a driver: a bug of the caller, never a path. */
export class InvalidStorageKeyError extends Error {
  constructor(readonly key: string) {
    super(`Not a valid storage key: ${JSON.stringify(key.slice(0, 100))}.`);
    this.name = 'InvalidStorageKeyError';
  }
}

export const maxStorageKeyLength = 512;

/**
 * Keys are `[A-Za-z0-9][A-Za-z0-9/_.-]*`, at most 512 characters, with no empty, `.` or `..`
 * segment (so no `//`, no leading or trailing `/`): a key is always a plain relative path that
 * names a file below a driver's root, and means the same object to every driver.
 */
export function isValidStorageKey(key: unknown): key is string {
  return (
    typeof key === 'string' &&
    key.length <= maxStorageKeyLength &&
    /^[A-Za-z0-9][A-Za-z0-9/_.-]*$/.test(key) &&
    key.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
  );
}

export function assertStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new InvalidStorageKeyError(String(key));
}

/** Checks a byte range for `read`: whole numbers, start ≤ end. */
export function assertByteRange(range: { start: number; end: number }): void {
  if (
    !Number.isSafeInteger(range.start) ||
    !Number.isSafeInteger(range.end) ||
    range.start < 0 ||
    range.end < range.start
  ) {
    throw new RangeError(`Not a byte range: ${range.start}-${range.end}.`);
  }
}
