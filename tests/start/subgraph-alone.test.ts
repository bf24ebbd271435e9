import { spawn } from 'node:child_process';
import path from 'node:path';
import { request } from 'undici';
import { useTestStack } from '../testkit';

const root = path.resolve(__dirname, '../..');
const stack = useTestStack();

describe('npm run start:subgraph', () => {
  it('runs the projects subgraph alone: it serves /readyz and stops cleanly on SIGTERM', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: stack.databaseUrl,
      PROJECTS_PORT: '0',
      USERS_URL: stack.subgraphUrls.users,
      SUBGRAPH_SIGNING_SECRET: stack.signingSecret,
      REDIS_KEY_PREFIX: stack.redisKeyPrefix,
    };
    if (stack.redisUrl) env.REDIS_URL = stack.redisUrl;
    else delete env.REDIS_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start-subgraph.ts', 'projects'], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The subgraph did not start:\n${output}`)), 30_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /"message":"projects subgraph listening","url":"([^"]+)"/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      void exited.then((code) => reject(new Error(`The subgraph exited with ${code}:\n${output}`)));
    });

    const ready = await request(url.replace('/graphql', '/readyz'));
    expect(ready.statusCode).toBe(200);
    await ready.body.text();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('"message":"shutting down"');
  });
});
