import type http from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ErrorCode } from '../../lib/errors';
import { fileDownloadPath, verifyDownloadToken } from '../../lib/files/file-links';
import { StorageObjectMissingError, type StorageDriver } from '../../lib/files/storage/storage-driver';
import type { Logger } from '../../lib/logger';
import { sendError } from '../../lib/server/http-utils';
import { parseByteRange } from './byte-range';
import { downloadHeaders } from './download-headers';

// GET|HEAD `/files/download/<token>/<name>`: the bytes of a stored file for anyone holding a signed
// link (lib/files/file-links), whichever storage driver holds them, streamed with the headers of
// download-headers.ts. The name after the token is for browsers; the token alone says what is served.

/** The token of a download path; the name after it is optional. */
const downloadPathPattern = /^\/files\/download\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)(?:\/[^/]*)?$/;

export async function handleFileDownload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  options: { signingSecret: string; storage: StorageDriver; logger: Logger },
): Promise<void> {
  req.resume();
  const token = url.pathname.startsWith(fileDownloadPath) ? downloadPathPattern.exec(url.pathname)?.[1] : undefined;
  if (!token) return sendError(res, ErrorCode.NotFound, 'Not found.');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendError(res, ErrorCode.BadRequest, 'Use GET.', 405);
  }

  const nowMs = Date.now();
  const check = verifyDownloadToken(options.signingSecret, token, nowMs);
  if (!check.ok) {
    return sendError(
      res,
      ErrorCode.Unauthenticated,
      check.reason === 'expired' ? 'The download link has expired.' : 'The download link is invalid.',
    );
  }
  const { claims } = check;

  const object = await options.storage.stat(claims.key);
  if (!object) return sendError(res, ErrorCode.NotFound, 'File not found.');
  const size = object.byteSize;
  // A validator we do not send cannot match: If-Range means the whole object.
  const range = req.headers['if-range'] === undefined ? parseByteRange(req.headers.range, size) : 'whole';
  const headers = downloadHeaders(claims, nowMs);
  if (range === 'unsatisfiable') {
    res.setHeader('content-range', `bytes */${size}`);
    return sendError(res, ErrorCode.BadRequest, 'The requested range is not satisfiable.', 416);
  }

  const partial = range !== 'whole';
  const length = partial ? range.end - range.start + 1 : size;
  if (partial) headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
  headers['content-length'] = String(length);
  if (req.method === 'HEAD') {
    res.writeHead(partial ? 206 : 200, headers);
    return void res.end();
  }

  let body: Readable;
  try {
    body = await options.storage.read(claims.key, partial ? range : undefined);
  } catch (error) {
    // Deleted between stat and read.
    if (error instanceof StorageObjectMissingError) return sendError(res, ErrorCode.NotFound, 'File not found.');
    throw error;
  }
  res.writeHead(partial ? 206 : 200, headers);
  try {
    await pipeline(body, res);
  } catch (error) {
    // A client that went away mid-file is ordinary; a storage failure mid-file is not. Either way
    // pipeline has destroyed the response, so a client cannot take a truncated file as whole.
    if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') {
      options.logger.debug('file download ended early', { key: claims.key, error: String(error) });
    } else {
      options.logger.warn('file download failed', { key: claims.key, error: String(error) });
    }
  }
}
