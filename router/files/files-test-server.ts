import { mkdtemp, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createLocalStorageDriver } from '../../lib/files/storage/local-driver';
import type { StorageDriver } from '../../lib/files/storage/storage-driver';
import type { Logger } from '../../lib/logger';

// The harness of the router's file endpoint tests: a real HTTP server on a free port whose only
// route is the handler under test, over real local storage in a temporary directory.

export const testSigningSecret = 'files-endpoint-tests-'.padEnd(64, 'x');

type Handler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  options: { signingSecret: string; storage: StorageDriver; logger: Logger },
) => Promise<void>;

export interface FilesTestServer {
  baseUrl: string;
  port: number;
  /** The storage directory. */
  root: string;
  storage: StorageDriver;
  /** What the handler logged, `<level> <message>`. */
  logs: string[];
  /** Every file below the storage directory, relative to it. */
  storedFiles(): Promise<string[]>;
  close(): Promise<void>;
}

export async function startFilesServer(
  handler: Handler,
  options: { storage?: StorageDriver } = {},
): Promise<FilesTestServer> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'workgraph-files-endpoint-'));
  const root = path.join(base, 'files');
  let baseUrl = '';
  const local = createLocalStorageDriver({ root, publicUrl: () => baseUrl, signingSecret: testSigningSecret });
  const storage = options.storage ?? local;
  const logs: string[] = [];
  const record = (level: string) => (message: string) => void logs.push(`${level} ${message}`);
  const logger: Logger = { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    handler(req, res, url, { signingSecret: testSigningSecret, storage, logger }).catch((error: unknown) => {
      logs.push(`uncaught ${String(error)}`);
      res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    port,
    root,
    storage,
    logs,
    async storedFiles() {
      const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
        .sort();
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(base, { recursive: true, force: true });
    },
  };
}

/** A raw HTTP/1.1 connection, for what fetch cannot do: stop mid-body, or read an answer before sending one. */
export interface RawConnection {
  write(data: string | Buffer): Promise<void>;
  /** Everything received until the server closes the connection. */
  received(): Promise<string>;
  /** Resolves once the received text matches. */
  waitFor(pattern: RegExp): Promise<string>;
  drop(): void;
}

export function connect(port: number): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    let text = '';
    const waiters: (() => void)[] = [];
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      waiters.splice(0).forEach((wake) => wake());
    });
    const closed = new Promise<string>((done) => socket.on('close', () => done(text)));
    // Writing after the server closed fails; what it answered is what counts.
    socket.on('error', () => undefined);
    socket.once('connect', () =>
      resolve({
        write: (data) => new Promise((written) => socket.write(data, () => written())),
        received: () => closed,
        waitFor: (pattern) =>
          new Promise((found) => {
            const check = () => (pattern.test(text) ? found(text) : waiters.push(check));
            check();
          }),
        drop: () => socket.destroy(),
      }),
    );
    socket.once('error', reject);
  });
}
