import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import {
  BodyTooLargeError,
  RequestAbortedError,
  closeAfterResponse,
  readBody,
  readBodyOrRefuse,
  sendError,
} from './http-utils';
import { ErrorCode } from '../errors';

const limit = 16;

interface Harness {
  port: number;
  /** What readBody gave for the next request: its text, or the error it rejected with. */
  nextOutcome(): Promise<string | Error>;
  close(): Promise<void>;
}

// A server whose handler reads each body with readBody and answers as the router does.
async function harness(): Promise<Harness> {
  const outcomes: ((outcome: string | Error) => void)[] = [];
  const pending: (string | Error)[] = [];
  const record = (outcome: string | Error) => {
    const waiter = outcomes.shift();
    if (waiter) waiter(outcome);
    else pending.push(outcome);
  };
  const server = http.createServer((req, res) => {
    readBody(req, limit).then(
      (text) => {
        record(text);
        res.end(text);
      },
      (error: Error) => {
        record(error);
        if (error instanceof BodyTooLargeError) {
          closeAfterResponse(req, res);
          sendError(res, ErrorCode.BadRequest, error.message, 413);
        }
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    nextOutcome: () =>
      pending.length ? Promise.resolve(pending.shift()!) : new Promise((resolve) => outcomes.push(resolve)),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Writes each part to a fresh connection, one write at a time, then ends it, waits for the server to
 * close it, or drops it; resolves with all the server sent.
 */
function exchange(port: number, parts: (string | Buffer)[], then: 'end' | 'wait' | 'drop' = 'end'): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    const done = () => resolve(Buffer.concat(received).toString('utf8'));
    socket.on('close', done);
    // Writing on after the server closed fails; what it answered first is the result.
    socket.on('error', (error) => (received.length ? done() : reject(error)));
    socket.on('connect', async () => {
      for (const part of parts) {
        if (socket.destroyed) return;
        await new Promise<void>((written) => socket.write(part, () => setTimeout(written, 10)));
      }
      if (then === 'end') socket.end();
      if (then === 'drop') socket.destroy();
    });
  });
}

const post = (headers: string) => `POST /graphql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${headers}\r\n`;

describe('readBody', () => {
  let server: Harness;
  beforeEach(async () => {
    server = await harness();
  });
  afterEach(() => server.close());

  it('reads a body of up to the limit as UTF-8, a character split between packets included', async () => {
    const euro = Buffer.from('€', 'utf8');
    const body = Buffer.concat([Buffer.from('price: 10 '), euro]);
    expect(body.length).toBeLessThanOrEqual(limit);
    const answer = exchange(server.port, [
      post(`Content-Length: ${body.length}\r\n`),
      body.subarray(0, body.length - 2),
      body.subarray(body.length - 2),
    ]);
    expect(await server.nextOutcome()).toBe('price: 10 €');
    expect(await answer).toMatch(/^HTTP\/1\.1 200[\s\S]*price: 10 €$/);
  });

  it('reads an empty body as the empty string', async () => {
    const answer = exchange(server.port, [post('Content-Length: 0\r\n')]);
    expect(await server.nextOutcome()).toBe('');
    expect(await answer).toMatch(/^HTTP\/1\.1 200/);
  });

  it('reads a chunked body of exactly the limit', async () => {
    const body = 'x'.repeat(limit);
    const answer = exchange(server.port, [post('Transfer-Encoding: chunked\r\n'), `10\r\n${body}\r\n`, '0\r\n\r\n']);
    expect(await server.nextOutcome()).toBe(body);
    expect(await answer).toMatch(/^HTTP\/1\.1 200/);
  });

  it('refuses a declared length above the limit before any byte of it, and the 413 reaches the client', async () => {
    const answer = exchange(server.port, [post(`Content-Length: ${limit + 1}\r\n`)], 'wait');
    const outcome = await server.nextOutcome();
    expect(outcome).toBeInstanceOf(BodyTooLargeError);
    expect((outcome as BodyTooLargeError).limit).toBe(limit);
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 413/);
    expect(text).toMatch(/connection: close/i);
    expect(text).toContain(`"code":"BAD_REQUEST"`);
    expect(text).toContain(`The request body exceeds ${limit} bytes.`);
  });

  it('refuses an undeclared body once it passes the limit, answers 413, and closes the connection', async () => {
    const answer = exchange(
      server.port,
      [
        post('Transfer-Encoding: chunked\r\n'),
        `a\r\n${'x'.repeat(10)}\r\n`,
        `a\r\n${'y'.repeat(10)}\r\n`,
        // Never finished: the server closes the connection after its answer.
        `a\r\n${'z'.repeat(10)}\r\n`,
      ],
      'wait',
    );
    expect(await server.nextOutcome()).toBeInstanceOf(BodyTooLargeError);
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 413/);
  });

  it('rejects with RequestAbortedError when the client goes away mid-body', async () => {
    void exchange(server.port, [post(`Content-Length: ${limit}\r\n`), 'half'], 'drop').catch(() => undefined);
    const outcome = await server.nextOutcome();
    expect(outcome).toBeInstanceOf(RequestAbortedError);
  });
});

describe('readBody on a request already gone', () => {
  it('rejects with RequestAbortedError instead of waiting for ever', async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const request = new Promise<http.IncomingMessage>((resolve) => server.once('request', resolve));
      void exchange(port, [post('Content-Length: 4\r\n'), 'ab'], 'drop').catch(() => undefined);
      const req = await request;
      await new Promise((resolve) => req.once('close', resolve));
      await expect(readBody(req, limit)).rejects.toBeInstanceOf(RequestAbortedError);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('readBodyOrRefuse', () => {
  let server: http.Server;
  let port: number;
  const results: (string | null)[] = [];
  const refused: BodyTooLargeError[] = [];
  let settled: () => void = () => undefined;

  beforeAll(async () => {
    server = http.createServer(async (req, res) => {
      const text = await readBodyOrRefuse(req, res, limit, (error) => {
        refused.push(error);
        res.writeHead(413).end('too large');
      });
      results.push(text);
      if (text !== null) res.end(text);
      settled();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    results.length = 0;
    refused.length = 0;
  });
  const handled = () => new Promise<void>((resolve) => (settled = resolve));

  it('gives the body', async () => {
    const done = handled();
    expect(await exchange(port, [post('Content-Length: 2\r\n'), 'ok'])).toMatch(/^HTTP\/1\.1 200[\s\S]*ok$/);
    await done;
    expect(results).toEqual(['ok']);
  });

  it('has a body above the limit refused, then closes the connection', async () => {
    const done = handled();
    const text = await exchange(port, [post(`Content-Length: ${limit * 2}\r\n`), 'x'.repeat(limit)], 'wait');
    await done;
    expect(text).toMatch(/^HTTP\/1\.1 413[\s\S]*connection: close[\s\S]*too large/i);
    expect(results).toEqual([null]);
    expect(refused.map((error) => error.limit)).toEqual([limit]);
  });

  it('answers nothing to a client that went away', async () => {
    const done = handled();
    void exchange(port, [post(`Content-Length: ${limit}\r\n`), 'half'], 'drop').catch(() => undefined);
    await done;
    expect(results).toEqual([null]);
    expect(refused).toEqual([]);
  });
});
