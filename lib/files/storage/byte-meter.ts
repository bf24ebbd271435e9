import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { StorageObjectTooLargeError, type StoredObject } from './storage-driver';

/**
 * A pass-through stage of a write pipeline that counts and hashes the bytes going by, and fails with
 * StorageObjectTooLargeError as soon as more than `maxBytes` have passed, so no driver ever holds or
 * stores more than the limit.
 */
export class ByteMeter extends Transform {
  private readonly hash = createHash('sha256');
  private size = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer | string, encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this.size += bytes.length;
    if (this.size > this.maxBytes) return callback(new StorageObjectTooLargeError(this.maxBytes));
    this.hash.update(bytes);
    callback(null, bytes);
  }

  /** What passed, once the pipeline has finished. */
  result(): StoredObject {
    return { byteSize: this.size, sha256: this.hash.digest('hex') };
  }
}

export function assertMaxBytes(maxBytes: number): void {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new RangeError(`Not a byte limit: ${maxBytes}.`);
}
