import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataOf, graphql } from '../testkit';

const root = path.resolve(__dirname, '../..');

interface Started {
  child: ChildProcess;
  routerUrl: string;
  exited: Promise<number | null>;
  /** Everything it printed, shown when it does not stop cleanly. */
  output(): string;
}

/** `npm start` with every port picked free, the data in `dataDir`, and no DATABASE_URL or REDIS_URL. */
function spawnStart(dataDir: string): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_POSTGRES_DIR: dataDir,
    ROUTER_PORT: '0',
    USERS_PORT: '0',
    PROJECTS_PORT: '0',
    WORK_ITEMS_PORT: '0',
    SPRINTS_PORT: '0',
    NOTIFICATIONS_PORT: '0',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  return spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/start.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function start(dataDir: string): Promise<Started> {
  const child = spawnStart(dataDir);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Router \(GraphQL \+ Sandbox\): (\S+)/.exec(output);
      if (match?.[1]) resolve({ child, routerUrl: match[1], exited, output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)));
  });
}

async function stop(started: Started): Promise<{ code: number | null; output: string }> {
  started.child.kill('SIGINT');
  const code = await started.exited;
  return { code, output: code === 0 ? '' : started.output() };
}

describe('the start command without DATABASE_URL or REDIS_URL', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'workgraph-start-'));
  // As root, the embedded PostgreSQL runs as the "postgres" user, who must be able to reach the folder.
  chmodSync(tmp, 0o755);
  const dataDir = path.join(tmp, 'postgres');
  afterAll(() => rmSync(path.dirname(dataDir), { recursive: true, force: true }));

  it('runs the supergraph on an embedded PostgreSQL, stops cleanly on Ctrl-C and keeps the data for the next start', async () => {
    const first = await start(dataDir);
    const email = 'starter@example.com';
    const password = 'a long enough password';
    try {
      const ready = await fetch(first.routerUrl.replace('/graphql', '/readyz'));
      expect(ready.status).toBe(200);
      dataOf(
        await graphql(first.routerUrl, 'mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }', {
          i: { email, password, name: 'Starter' },
        }),
      );
    } finally {
      expect(await stop(first)).toEqual({ code: 0, output: '' });
    }

    const second = await start(dataDir);
    try {
      const login = await graphql(
        second.routerUrl,
        'mutation($i: LogInInput!) { logIn(input: $i) { user { name } } }',
        {
          i: { email, password },
        },
      );
      expect(dataOf(login).logIn.user.name).toBe('Starter');
    } finally {
      expect(await stop(second)).toEqual({ code: 0, output: '' });
    }
  }, 90_000);
});

// Only root hands the embedded PostgreSQL to another user; anyone else runs it as themselves.
const describeAsRoot = process.getuid?.() === 0 ? describe : describe.skip;

describeAsRoot('the start command as root, with the data in a folder the postgres user cannot enter', () => {
  const closed = mkdtempSync(path.join(os.tmpdir(), 'workgraph-closed-'));
  chmodSync(closed, 0o700);
  afterAll(() => rmSync(closed, { recursive: true, force: true }));

  it('stops with one sentence saying what to do, and no stack trace', async () => {
    const child = spawnStart(path.join(closed, 'postgres'));
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));

    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `npm start runs as root, so the embedded PostgreSQL runs as the system user "postgres", which cannot enter ${closed}: put Workgraph in a folder every user can enter (such as /srv or /opt), run it as another user, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }, 60_000);
});
