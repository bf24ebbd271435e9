import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { httpStatusOf, type HttpErrorCode } from '../errors';

/** The body is longer than the reader's limit: answer 413, and close the connection after it. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body exceeds ${limit} bytes.`);
    this.name = 'BodyTooLargeError';
  }
}

/** The client went away before its body ended: there is nobody left to answer. */
export class RequestAbortedError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The client went away before the request body ended.', options);
    this.name = 'RequestAbortedError';
  }
}

/**
 * The one reader of request bodies: the body as UTF-8 text (decoded whole, so a character split
 * between two packets stays whole), at most `limit` bytes. A declared Content-Length above the limit
 * fails at once; an undeclared body fails as soon as the bytes received pass it, never holding more.
 * Either way it rejects with BodyTooLargeError and discards the rest of the upload instead of
 * reading it into memory: the socket stays open for the 413, which `closeAfterResponse` follows with
 * a close. A client that goes away first rejects with RequestAbortedError.
 */
export function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    const tooLarge = () =>
      settle(() => {
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
      });
    // Listening to 'data' keeps the stream flowing: after a refusal, what still arrives is dropped.
    req.on('data', (chunk: Buffer | string) => {
      if (settled) return;
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      size += bytes.length;
      if (size > limit) return tooLarge();
      chunks.push(bytes);
    });
    req.on('end', () => settle(() => resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', (error) => settle(() => reject(new RequestAbortedError({ cause: error }))));
    // 'close' before 'end': the connection dropped mid-body.
    req.on('close', () => settle(() => reject(new RequestAbortedError())));
    if (req.destroyed) return settle(() => reject(new RequestAbortedError()));
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) tooLarge();
  });
}

/**
 * For an answer given before the request's body was read to its end (a 413): the connection
 * closes once the answer is sent, rather than carrying the unread rest into the next request.
 */
export function closeAfterResponse(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.setHeader('connection', 'close');
  res.on('finish', () => req.destroy());
}

/**
 * readBody for a request handler: the body, or null once the request is over without one to use.
 * A body above `limit` is answered by `refuse` (a 413), after which the connection closes; a client
 * that went away gets no answer.
 */
export async function readBodyOrRefuse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  limit: number,
  refuse: (error: BodyTooLargeError) => void,
): Promise<string | null> {
  try {
    return await readBody(req, limit);
  } catch (error) {
    if (error instanceof RequestAbortedError) return null;
    if (!(error instanceof BodyTooLargeError)) throw error;
    closeAfterResponse(req, res);
    refuse(error);
    return null;
  }
}

export function sendJson(res: http.ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * Answers a request that fails as a whole, as a GraphQL response of one error: its code's status
 * (`httpStatusOf`) unless `status` says more precisely what went wrong (413, 405).
 */
export function sendError(res: http.ServerResponse, code: HttpErrorCode, message: string, status?: number): void {
  sendJson(res, status ?? httpStatusOf[code], { errors: [{ message, extensions: { code } }] });
}

/** Refuses a WebSocket upgrade with a bare HTTP status, then closes the connection. */
export function rejectUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
