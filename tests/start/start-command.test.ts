import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataOf, graphql } from '../testkit';
import { root, spawnSupergraphCommand, startSupergraphCommand, type StartedSupergraph } from '../testkit/start-command';

/** `npm start` (scripts/start.ts through tsx) with the data in `dataDir` and no DATABASE_URL. */
function startCommand(dataDir: string): [string, string[], NodeJS.ProcessEnv] {
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_POSTGRES_DIR: dataDir };
  delete env.DATABASE_URL;
  // As `npm start` runs it: node with tsx's loader. The tsx CLI would stand between Ctrl-C and the
  // process, and on a busy machine it SIGKILLs a child that does not confirm a signal within 30 ms.
  return [process.execPath, ['--import', 'tsx', path.join(root, 'scripts/start.ts')], env];
}

const start = (dataDir: string): Promise<StartedSupergraph> => startSupergraphCommand(...startCommand(dataDir));

async function stop(started: StartedSupergraph): Promise<{ code: number | null; output: string }> {
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
    const child = spawnSupergraphCommand(...startCommand(path.join(closed, 'postgres')));
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));

    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `npm start runs as root, so the embedded PostgreSQL runs as the system user "postgres", which cannot enter ${closed}: put Workgraph in a folder every user can enter (such as /srv or /opt), run it as another user, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }, 60_000);
});
