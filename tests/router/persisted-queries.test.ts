import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { request } from 'undici';
import { createLogger } from '../../lib/logger';
import { startRouter, type RouterOptions } from '../../router';
import { supergraphSdlPath } from '../../scripts/start-supergraph';
import { createApiToken } from '../users/api-token-support';
import {
  createOrganization,
  createProject,
  describeWithRedis,
  signUpUser,
  useTestStack,
  type TestUser,
} from '../testkit';

// Automatic persisted queries as Apollo Client's persisted query link sends them: a hash alone,
// then the text with its hash when the router answers PERSISTED_QUERY_NOT_FOUND.

const stack = useTestStack();
type Router = Awaited<ReturnType<typeof startRouter>>;
const routers: Router[] = [];
let user: TestUser;
let projectId: string;

const startOwnRouter = async (options: Partial<RouterOptions>) => {
  const router = await startRouter({
    supergraphSdl: readFileSync(supergraphSdlPath, 'utf8'),
    subgraphUrls: stack.subgraphUrls,
    signingSecret: stack.signingSecret,
    jwtSecret: stack.jwtSecret,
    port: 0,
    production: false,
    logger: createLogger('test', 'silent'),
    ...options,
  });
  routers.push(router);
  return router;
};

beforeAll(async () => {
  user = await signUpUser(stack);
  const organization = await createOrganization(stack, user.token);
  projectId = (await createProject(stack, user.token, organization.id)).id;
}, 60_000);

afterAll(async () => {
  for (const router of routers) await router.stop();
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
// A query of its own per test: its hash is new to every cache.
const fresh = (query: string) => `${query} # ${randomBytes(6).toString('hex')}`;
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
  body: { data?: any; errors?: { message: string; extensions?: { code?: string; limit?: string } }[] };
}

async function post(url: string, body: Record<string, unknown>, token = user.token): Promise<Answer> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.statusCode, headers: res.headers, body: (await res.body.json()) as Answer['body'] };
}

async function get(url: string, params: Record<string, unknown>): Promise<Answer> {
  const search = new URLSearchParams(
    Object.entries(params).map(([name, value]): [string, string] => [name, JSON.stringify(value)]),
  );
  const res = await request(`${url}?${search}`, {
    headers: { authorization: `Bearer ${user.token}`, 'apollo-require-preflight': 'true' },
  });
  return { status: res.statusCode, headers: res.headers, body: (await res.body.json()) as Answer['body'] };
}

const codesOf = (answer: Answer) => answer.body.errors?.map((error) => error.extensions?.code);
const projectQuery = 'query Key($id: ID!) { project(id: $id) { key viewerRole } }';

/** The exchange of the persisted query link: the hash, refused; then the text with its hash. */
async function register(url: string, query: string, variables: Record<string, unknown> = {}) {
  const hash = sha256(query);
  const unknown = await post(url, { variables, extensions: persisted(hash) });
  expect(unknown.status).toBe(200);
  expect(unknown.body).toEqual({
    errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
  });
  const registered = await post(url, { query, variables, extensions: persisted(hash) });
  expect(registered.status).toBe(200);
  return { hash, registered };
}

describe.each([
  ['in Redis', true],
  ['in memory, without Redis', false],
])('automatic persisted queries %s', (_, withRedis) => {
  let url: string;
  beforeAll(async () => {
    if (withRedis && !stack.redisUrl) throw new Error('This test needs Redis: set REDIS_URL or run one on 6379.');
    url = withRedis ? stack.routerUrl : (await startOwnRouter({ limits: { rateLimitPerWindow: 100_000 } })).url;
  });

  it('answers a known hash alone with the stored query, by POST and by GET', async () => {
    const query = fresh(projectQuery);
    const { hash, registered } = await register(url, query, { id: projectId });
    expect(registered.body.data.project.viewerRole).toBe('ADMIN');
    const byHash = await post(url, { variables: { id: projectId }, extensions: persisted(hash) });
    expect(byHash.body).toEqual(registered.body);
    const byGet = await get(url, { variables: { id: projectId }, extensions: persisted(hash) });
    expect(byGet.status).toBe(200);
    expect(byGet.body).toEqual(registered.body);
  });

  it('refuses a hash that does not match the query with 400 BAD_REQUEST, and stores nothing', async () => {
    const query = fresh('{ me { id } }');
    const wrongHash = sha256(`${query} `);
    const refused = await post(url, { query, extensions: persisted(wrongHash) });
    expect(refused.status).toBe(400);
    expect(codesOf(refused)).toEqual(['BAD_REQUEST']);
    expect(refused.body.errors?.[0]?.message).toMatch(/does not match the query/);
    expect(codesOf(await post(url, { extensions: persisted(wrongHash) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it.each([
    ['another version', { version: 2, sha256Hash: sha256('{ me { id } }') }],
    ['a hash that is not 64 lowercase hex digits', { version: 1, sha256Hash: 'ABC' }],
    ['a hash that is not a string', { version: 1, sha256Hash: { $gt: '' } }],
    ['an extension that is not an object', true],
  ])('refuses a persistedQuery extension with %s with 400 BAD_REQUEST', async (__, extension) => {
    const refused = await post(url, { extensions: { persistedQuery: extension } });
    expect(refused.status).toBe(400);
    expect(codesOf(refused)).toEqual(['BAD_REQUEST']);
    const byGet = await get(url, { extensions: { persistedQuery: extension } });
    expect(byGet.status).toBe(400);
    expect(codesOf(byGet)).toEqual(['BAD_REQUEST']);
  });

  it('does not store a query over the depth limit, and refuses it again by hash', async () => {
    const deep = fresh(
      '{ me { organizations { edges { node { projects { edges { node { members { edges { node { organizations { pageInfo { hasNextPage } } } } } } } } } } } } }',
    );
    const hash = sha256(deep);
    const refused = await post(url, { query: deep, extensions: persisted(hash) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' });
    expect(codesOf(await post(url, { extensions: persisted(hash) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it("checks an API token's scopes on a query it sends by hash", async () => {
    const { hash } = await register(url, fresh(projectQuery), { id: projectId });
    const { token } = await createApiToken(stack, user.token, { scopes: ['users:read'] });
    const refused = await post(url, { variables: { id: projectId }, extensions: persisted(hash) }, token);
    expect(refused.status).toBe(403);
    expect(codesOf(refused)).toEqual(['FORBIDDEN']);
  });

  it('refuses a stored mutation sent by GET with 405, as it would with its text', async () => {
    const mutation = fresh(
      'mutation Rename($input: UpdateProjectInput!) { updateProject(input: $input) { project { name } } }',
    );
    const input = { id: projectId, name: 'Renamed by hash' };
    const { hash, registered } = await register(url, mutation, { input });
    expect(registered.body.data.updateProject.project.name).toBe('Renamed by hash');
    const byGet = await get(url, { variables: { input }, extensions: persisted(hash) });
    expect(byGet.status).toBe(405);
    expect(codesOf(byGet)).toEqual(['BAD_REQUEST']);
  });

  it('never stores a subscription sent over HTTP', async () => {
    const subscription = fresh('subscription { notificationReceived { id } }');
    const hash = sha256(subscription);
    const refused = await post(url, { query: subscription, extensions: persisted(hash) });
    expect(refused.status).toBe(400);
    expect(codesOf(refused)).toEqual(['BAD_REQUEST']);
    expect(codesOf(await post(url, { extensions: persisted(hash) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describeWithRedis('automatic persisted queries shared through Redis', () => {
  it("stores each query under the router's key prefix with the configured time to live", async () => {
    const { hash } = await register(stack.routerUrl, fresh('{ me { id name } }'));
    const redis = new Redis(stack.redisUrl!);
    try {
      const key = `${stack.redisKeyPrefix}router:apq:${hash}`;
      await expect(redis.exists(key)).resolves.toBe(1);
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(24 * 60 * 60 - 60);
      expect(ttl).toBeLessThanOrEqual(24 * 60 * 60);
    } finally {
      redis.disconnect();
    }
  });

  it('lets another router answer a hash registered on one, with its own limits applied', async () => {
    const query = fresh('{ me { organizations { edges { node { name } } } } }');
    const { hash, registered } = await register(stack.routerUrl, query);
    expect(registered.body.errors).toBeUndefined();
    const options = { redisUrl: stack.redisUrl, redisKeyPrefix: stack.redisKeyPrefix };
    const other = await startOwnRouter(options);
    expect((await post(other.url, { extensions: persisted(hash) })).body).toEqual(registered.body);
    const strict = await startOwnRouter({ ...options, limits: { maxDepth: 3 } });
    const refused = await post(strict.url, { extensions: persisted(hash) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' });
  });
});
