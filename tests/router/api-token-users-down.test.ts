import { readFileSync } from 'node:fs';
import { createEventBus } from '../../lib/events';
import { createLogger } from '../../lib/logger';
import { startRouter } from '../../router';
import { supergraphSdlPath } from '../../scripts/start-supergraph';
import { subgraphRegistry } from '../../subgraphs/registry';
import { connectionRefusal, dataOf, errorOf, graphql, signUpUser, useTestStack } from '../testkit';
import { startServiceProcess, type ServiceProcess } from '../testkit/service-process';
import { rest } from '../rest/support';
import { createApiToken } from '../users/api-token-support';

// A users subgraph in a process of its own, behind a router of its own in front of the stack's
// other subgraphs: the test stops it, and pauses it (SIGSTOP: it accepts connections, never answers).

const stack = useTestStack();
const meQuery = '{ me { id } }';
const lookupTimeoutMs = 500;
const failedLookupsLimit = 3;

let users: ServiceProcess | undefined;
let router: Awaited<ReturnType<typeof startRouter>>;
let bus: ReturnType<typeof createEventBus>;
let token: string;
let usersPort: string;

beforeAll(async () => {
  const urlEnv = Object.fromEntries(subgraphRegistry.map((entry) => [entry.name, entry.urlEnv]));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: stack.databaseUrl,
    USERS_PORT: '0',
    SUBGRAPH_SIGNING_SECRET: stack.signingSecret,
    JWT_SECRET: stack.jwtSecret,
    REDIS_KEY_PREFIX: stack.redisKeyPrefix,
    ...Object.fromEntries(Object.entries(stack.subgraphUrls).map(([name, url]) => [urlEnv[name]!, url])),
  };
  delete env.REDIS_URL;
  users = await startServiceProcess(['scripts/start-subgraph.ts', 'users'], env, 'users subgraph listening');
  usersPort = new URL(users.url).port;
  bus = createEventBus({ logger: createLogger('test', 'silent') });
  router = await startRouter({
    supergraphSdl: readFileSync(supergraphSdlPath, 'utf8'),
    subgraphUrls: { ...stack.subgraphUrls, users: users.url },
    signingSecret: stack.signingSecret,
    jwtSecret: stack.jwtSecret,
    port: 0,
    production: false,
    bus,
    limits: { apiTokenLookupTimeoutMs: lookupTimeoutMs, apiTokenFailedLookupsPerWindow: failedLookupsLimit },
    logger: createLogger('test', 'silent'),
  });
  const owner = await signUpUser(stack);
  token = (await createApiToken(stack, owner.token, { scopes: ['users:read', 'projects:read'] })).token;
  // A process's first answers come slower than the short timeout here, while its code loads.
  const deadline = Date.now() + 20_000;
  while ((await graphql(router.url, meQuery, {}, { token })).status !== 200 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 60_000);

afterAll(async () => {
  if (users) process.kill(users.pid, 'SIGCONT');
  await router?.stop();
  await bus?.close();
  await users?.stop();
});

async function expectUnavailable() {
  const res = await graphql(router.url, meQuery, {}, { token });
  expect(res.status).toBe(503);
  expect(res.headers['retry-after']).toBe('5');
  expect(res.body).toEqual({
    errors: [
      { message: 'API tokens cannot be checked right now; retry later.', extensions: { code: 'SERVICE_UNAVAILABLE' } },
    ],
  });

  const viaRest = await rest({ routerUrl: router.url }, 'GET', '/projects/x', { token });
  expect(viaRest.status).toBe(503);
  expect(viaRest.headers.get('content-type')).toContain('application/problem+json');
  expect(viaRest.headers.get('retry-after')).toBe('5');
  expect(viaRest.body).toMatchObject({
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
    type: 'urn:workgraph:problem:service-unavailable',
  });

  const closed = await connectionRefusal(router.url, token);
  expect(closed).toEqual({
    code: 1013,
    reason: 'SERVICE_UNAVAILABLE: API tokens cannot be checked right now; retry later.',
  });

  // Nothing tells where the users service lives.
  for (const text of [JSON.stringify(res.body), JSON.stringify(viaRest.body), closed.reason]) {
    expect(text).not.toContain(usersPort);
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|timeout/i);
  }
}

describe('an API token while the users service cannot be reached', () => {
  it('works while it answers', async () => {
    expect(dataOf(await graphql(router.url, meQuery, {}, { token })).me.id).toEqual(expect.any(String));
  });

  it('is answered 503 SERVICE_UNAVAILABLE with Retry-After when it does not answer in time, and works again once it does', async () => {
    process.kill(users!.pid, 'SIGSTOP');
    try {
      const started = Date.now();
      await expectUnavailable();
      // Three checks (GraphQL, REST, WebSocket), each waiting out the timeout and no longer.
      expect(Date.now() - started).toBeLessThan(3 * lookupTimeoutMs + 3000);
    } finally {
      process.kill(users!.pid, 'SIGCONT');
    }
    expect(dataOf(await graphql(router.url, meQuery, {}, { token })).me.id).toEqual(expect.any(String));
  });

  it('is answered 503 once it has stopped, however often: the failed-lookup budget is the client’s, not ours', async () => {
    await users!.stop();
    users = undefined;
    await expectUnavailable();
    for (let i = 0; i < failedLookupsLimit + 2; i += 1) {
      expect((await graphql(router.url, meQuery, {}, { token })).status).toBe(503);
    }
    // A session does not need the users service to be recognised.
    const session = await signUpUser(stack);
    const typename = await graphql(router.url, '{ __typename }', {}, { token: session.token });
    expect(typename.status).toBe(200);
    // A made-up token failing its checksum is still a plain 401: it needs no lookup.
    const garbled = await graphql(router.url, meQuery, {}, { token: `${token.slice(0, -1)}!` });
    expect(garbled.status).toBe(401);
    expect(errorOf(garbled).code).toBe('UNAUTHENTICATED');
  });
});
