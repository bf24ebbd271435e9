import type http from 'node:http';
import { PassThrough } from 'node:stream';
import { ErrorCode, type HttpErrorCode } from '../../lib/errors';
import { fileUploadPath, verifyUploadToken } from '../../lib/files/file-links';
import { StorageObjectTooLargeError, type StorageDriver } from '../../lib/files/storage/storage-driver';
import type { Logger } from '../../lib/logger';
import { RequestAbortedError, closeAfterResponse, sendError, sendJson } from '../../lib/server/http-utils';

// PUT `/files/upload/<token>`: the bytes of a signed upload to local storage (the S3 driver signs
// POSTs to S3 itself, so with it this path does not exist). The token (lib/files/file-links) binds
// the key, the content type and the byte limit; a key that already holds an object is refused, so
// a token cannot replace bytes the files subgraph has already checked. Answers 201 `{ byteSize, sha256 }`.

const uploadPathPattern = /^\/files\/upload\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

// Keys being written by this process, per storage, so two requests with one token cannot both pass
// the existence check and the later replace what the earlier stored.
const writing = new WeakMap<StorageDriver, Set<string>>();

const normalizedType = (value: string | undefined): string =>
  (value ?? '')
    .toLowerCase()
    .replace(/\s*;\s*/g, ';')
    .trim();

export async function handleFileUpload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  options: { signingSecret: string; storage: StorageDriver; logger: Logger },
): Promise<void> {
  // Every refusal comes before the body is read (or once it is cut off): drop what still arrives,
  // and close the connection after the answer rather than reading the rest.
  const stopReading = () => {
    closeAfterResponse(req, res);
    req.resume();
  };
  const refuse = (code: HttpErrorCode, message: string, status?: number) => {
    stopReading();
    sendError(res, code, message, status);
  };
  const { storage } = options;
  const token = url.pathname.startsWith(fileUploadPath) ? uploadPathPattern.exec(url.pathname)?.[1] : undefined;
  if (storage.kind !== 'local' || !token) return refuse(ErrorCode.NotFound, 'Not found.');
  if (req.method !== 'PUT') {
    res.setHeader('allow', 'PUT');
    return refuse(ErrorCode.BadRequest, 'Use PUT.', 405);
  }

  const check = verifyUploadToken(options.signingSecret, token);
  if (!check.ok) {
    return refuse(
      ErrorCode.Unauthenticated,
      check.reason === 'expired' ? 'The upload link has expired.' : 'The upload link is invalid.',
    );
  }
  const { key, maxBytes, contentType } = check.claims;
  if (normalizedType(req.headers['content-type']) !== normalizedType(contentType)) {
    return refuse(
      ErrorCode.BadRequest,
      `The content-type header must be ${contentType}, as when the upload was created.`,
    );
  }
  const tooLarge = `The file exceeds ${maxBytes} bytes.`;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return refuse(ErrorCode.BadRequest, tooLarge, 413);

  const keys = writing.get(storage) ?? new Set<string>();
  writing.set(storage, keys);
  const used = () => {
    stopReading();
    // sendError's shape: CONFLICT has no status of its own for whole responses (lib/errors).
    sendJson(res, 409, {
      errors: [{ message: 'This upload link has already been used.', extensions: { code: ErrorCode.Conflict } }],
    });
  };
  if (keys.has(key)) return used();
  keys.add(key);
  // Through a PassThrough rather than the request itself: a failed write destroys its source, and a
  // destroyed request takes its socket along, which would leave no way to answer 413.
  const body = new PassThrough();
  const abort = () => {
    if (!req.complete) body.destroy(new RequestAbortedError());
  };
  try {
    if (await storage.stat(key)) return used();
    req.once('close', abort);
    req.once('error', abort);
    // Gone while the existence check ran: 'close' has already been emitted.
    if (req.destroyed) abort();
    req.pipe(body);
    const stored = await storage.write(key, body, { maxBytes, contentType });
    sendJson(res, 201, { byteSize: stored.byteSize, sha256: stored.sha256 });
  } catch (error) {
    req.unpipe(body);
    if (error instanceof RequestAbortedError) return;
    if (error instanceof StorageObjectTooLargeError) return refuse(ErrorCode.BadRequest, tooLarge, 413);
    options.logger.error('file upload failed', { key, error: String(error) });
    refuse(ErrorCode.InternalServerError, 'The file could not be stored; try again later.');
  } finally {
    keys.delete(key);
    req.off('close', abort);
    req.off('error', abort);
  }
}
