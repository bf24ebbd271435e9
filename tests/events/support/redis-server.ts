import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { closeRedis } from '../../../lib/events/redis-connection';
import { waitFor } from './wait-for';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface PrivateRedis {
  url: string;
  port: number;
  dir: string;
  /** SHUTDOWN (the append-only file is flushed), then waits for the process to exit. */
  shutdown(): Promise<void>;
  /** Starts it again on the same port and folder. */
  restart(): Promise<void>;
  /** Shuts down and removes the folder. */
  remove(): Promise<void>;
}

async function ping(url: string): Promise<boolean> {
  const redis = new Redis(url, { protocol: 2, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    await closeRedis(redis);
  }
}

/** A redis-server of the test's own, with persistence (appendonly), so it can be restarted. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'workgraph-events-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const start = async () => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--appendonly', 'yes', '--dir', dir, '--save', ''];
    const started = spawn('redis-server', args, { stdio: 'ignore' });
    child = started;
    await waitFor(() => ping(url), 10_000, `redis-server on port ${port}`);
  };

  const shutdown = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    const redis = new Redis(url, { protocol: 2, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => undefined);
    await redis.call('SHUTDOWN').catch(() => undefined);
    await closeRedis(redis);
    await exited;
    child = undefined;
  };

  await start();
  return {
    url,
    port,
    dir,
    shutdown,
    restart: start,
    async remove() {
      await shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
