import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import { Client } from 'pg';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

/** Whether a TCP connection to host:port opens within half a second. */
export function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 500 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * The PostgreSQL server the suite runs against: DATABASE_URL's, else the machine's on 5432, else an
 * embedded one started in a child process for this run (WORKGRAPH_TEST_EMBEDDED_POSTGRES=1 forces it).
 */
export async function acquireDatabaseServer(): Promise<{ adminUrl: string; child?: ChildProcess }> {
  const forceEmbedded = process.env.WORKGRAPH_TEST_EMBEDDED_POSTGRES === '1';
  if (process.env.DATABASE_URL && !forceEmbedded) return { adminUrl: process.env.DATABASE_URL };
  if (!forceEmbedded && (await reachable('127.0.0.1', 5432))) {
    return { adminUrl: 'postgresql://postgres@127.0.0.1:5432/postgres' };
  }
  const { url, child } = await startEmbeddedDatabaseProcess();
  return { adminUrl: url, child };
}

/**
 * An embedded PostgreSQL in a fresh folder, run by a child process (embedded-postgres is an ES module,
 * which jest cannot load); it stops on SIGTERM.
 */
export async function startEmbeddedDatabaseProcess(): Promise<{ url: string; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'workgraph-test-pg-'));
  // As root, the embedded PostgreSQL runs as the "postgres" user, who must be able to reach the folder.
  chmodSync(dir, 0o755);
  const child = spawn(tsx, [path.join(__dirname, 'embedded-database-process.ts')], {
    env: { ...process.env, EMBEDDED_POSTGRES_DIR: path.join(dir, 'data') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^READY (\S+)$/m.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`The embedded PostgreSQL exited early (${code})`)));
  });
  return { url, child, dir };
}

export function migrate(databaseUrl: string): void {
  const result = spawnSync(tsx, [path.join(root, 'scripts/db-migrate.ts')], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Migrating the test template failed:\n${result.stderr}${result.stdout}`);
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** One statement on the test server's maintenance database (creating and dropping clones). */
export async function adminQuery(sql: string): Promise<void> {
  const admin = new Client({ connectionString: process.env.WORKGRAPH_TEST_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
