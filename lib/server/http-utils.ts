import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { httpStatusOf, type HttpErrorCode } from '../errors';

export class BodyTooLargeError extends Error {}

export function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLargeError());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
