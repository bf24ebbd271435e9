import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { useTestStack } from '../testkit';
import { startServiceProcess } from '../testkit/service-process';

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
    const subgraph = await startServiceProcess(
      ['scripts/start-subgraph.ts', 'projects'],
      env,
      'projects subgraph listening',
    );

    const ready = await request(subgraph.url.replace('/graphql', '/readyz'));
    expect(ready.statusCode).toBe(200);
    await ready.body.text();
    await subgraph.stop();
    expect(await subgraph.exited).toBe(0);
    expect(subgraph.output()).toContain('"message":"shutting down"');
  });

  // Its settings hold a boolean made from text (FILES_S3_FORCE_PATH_STYLE): they are read from the
  // variables, not from the process configuration where they are parsed already.
  it('runs the files subgraph alone, with its store settings', async () => {
    const filesDir = mkdtempSync(path.join(os.tmpdir(), 'files-alone-'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: stack.databaseUrl,
      FILES_PORT: '0',
      FILES_LOCAL_DIR: filesDir,
      USERS_URL: stack.subgraphUrls.users,
      PROJECTS_URL: stack.subgraphUrls.projects,
      WORK_ITEMS_URL: stack.subgraphUrls['work-items'],
      SUBGRAPH_SIGNING_SECRET: stack.signingSecret,
      REDIS_KEY_PREFIX: stack.redisKeyPrefix,
    };
    if (stack.redisUrl) env.REDIS_URL = stack.redisUrl;
    else delete env.REDIS_URL;
    try {
      const subgraph = await startServiceProcess(
        ['scripts/start-subgraph.ts', 'files'],
        env,
        'files subgraph listening',
      );
      const ready = await request(subgraph.url.replace('/graphql', '/readyz'));
      expect(ready.statusCode).toBe(200);
      await ready.body.text();
      await subgraph.stop();
      expect(await subgraph.exited).toBe(0);
    } finally {
      rmSync(filesDir, { recursive: true, force: true });
    }
  });
});
