import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { issueAccessToken } from '../../lib/auth/access-token';
import { defaultLimits } from '../../router/config';
import { graphql } from '../testkit/client';
import { startFakeStack, type FakeStack } from './fake-subgraphs';

const deadUrl = 'http://127.0.0.1:1/graphql';

let stack: FakeStack;
let token: string;
const userId = randomUUID();

beforeAll(async () => {
  stack = await startFakeStack();
  token = (await issueAccessToken(stack.jwtSecret, userId)).token;
});
afterAll(async () => {
  await stack?.stop();
});

async function withRouter<T>(
  overrides: Parameters<FakeStack['startRouter']>[0],
  run: (url: string) => Promise<T>,
): Promise<T> {
  const router = await stack.startRouter(overrides);
  try {
    return await run(router.url);
  } finally {
    await router.stop();
  }
}

const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await request(url, { method: 'GET', headers });
  return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
};

describe('identity', () => {
  const query = '{ me { id organizations(first: 1) { edges { node { projects { totalCount } } } } } }';

  it('forwards the caller to every subgraph it reaches, entity fetches included', async () => {
    const res = await graphql(stack.routerUrl, query, {}, { token });
    expect(res.status).toBe(200);
    expect(res.body.data.me).toEqual({
      id: userId,
      organizations: { edges: [{ node: { projects: { totalCount: 1 } } }] },
    });
  });

  it('is anonymous without a token', async () => {
    const res = await graphql(stack.routerUrl, query);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0]?.message).toBe('You must be logged in.');
  });

  it('rejects an invalid or expired token with 401 UNAUTHENTICATED', async () => {
    const invalid = await graphql(stack.routerUrl, '{ __typename }', {}, { token: 'nope' });
    expect(invalid.status).toBe(401);
    expect(invalid.body.errors?.[0]).toEqual({
      message: 'The access token is invalid.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const expired = await issueAccessToken(stack.jwtSecret, 'user-1', -5);
    const res = await graphql(stack.routerUrl, '{ __typename }', {}, { token: expired.token });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.message).toBe('The access token has expired.');
    expect(res.headers['www-authenticate']).toContain('invalid_token');
  });
});

describe('query limits', () => {
  const expectLimit = (res: Awaited<ReturnType<typeof graphql>>, limit: string, message: RegExp) => {
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit });
    expect(res.body.errors?.[0]?.message).toMatch(message);
  };

  it('rejects operations deeper than 12', async () => {
    const deep =
      '{ me { organizations { edges { node { projects { edges { node { members { edges { node { organizations { pageInfo { hasNextPage } } } } } } } } } } } } }';
    expectLimit(await graphql(stack.routerUrl, deep, {}, { token }), 'depth', /nested 13 levels deep; the limit is 12/);
  });

  it('rejects more than 30 aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ');
    expectLimit(await graphql(stack.routerUrl, `{ ${aliases} }`), 'aliases', /31 aliases; the limit is 30/);
  });

  it('rejects documents of more than 2000 tokens while parsing', async () => {
    const res = await graphql(stack.routerUrl, `{ me { ${'id '.repeat(2100)} } }`, {}, { token });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.body.errors?.[0]?.message).toMatch(/2000 tokens/);
  });

  it('rejects an estimated cost above the limit', async () => {
    const costly =
      '{ me { organizations(first: 100) { edges { node { projects(first: 100) { edges { node { id } } } } } } } }';
    // me and organizations, 100 × (edge + node + projects), 100 × 100 × (edge + node)
    await withRouter({ limits: { maxCost: 20301 } }, async (url) => {
      expectLimit(await graphql(url, costly, {}, { token }), 'cost', /estimated cost is 20302; the limit is 20301/);
    });
  });

  it('rejects `first` above 100, literal or from a variable, naming the field', async () => {
    expectLimit(
      await graphql(stack.routerUrl, '{ me { organizations(first: 101) { totalCount } } }', {}, { token }),
      'pageSize',
      /`first` on me\.organizations is 101; it must be at most 100/,
    );
    const query =
      'query($n: Int) { me { orgs: organizations(first: 2) { edges { node { projects(first: $n) { totalCount } } } } } }';
    expectLimit(
      await graphql(stack.routerUrl, query, { n: 1000 }, { token }),
      'pageSize',
      /`first` on me\.orgs\.edges\.node\.projects is 1000/,
    );
    const ok = await graphql(stack.routerUrl, query, { n: 100 }, { token });
    expect(ok.body.errors).toBeUndefined();
  });

  it('answers 413 to a body above 256 KB', async () => {
    const response = await request(stack.routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(300 * 1024) } }),
    });
    expect(response.statusCode).toBe(413);
    expect(await response.body.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('rate-limits each client, answering 429 TOO_MANY_REQUESTS with Retry-After', async () => {
    await withRouter({ limits: { rateLimitPerWindow: 3 } }, async (url) => {
      for (let i = 0; i < 3; i += 1) expect((await graphql(url, '{ __typename }')).status).toBe(200);
      const limited = await graphql(url, '{ __typename }');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      // Counted per user when signed in, not per address.
      expect((await graphql(url, '{ __typename }', {}, { token })).status).toBe(200);
    });
  });

  it('shares the budget between routers through Redis (skipped when Redis is not running)', async () => {
    const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const limits = { rateLimitPerWindow: 2 };
    const second = await stack.startRouter({ redisUrl, limits });
    try {
      await withRouter({ redisUrl, limits }, async (url) => {
        const user = await issueAccessToken(stack.jwtSecret, randomUUID());
        const first = await graphql(url, '{ __typename }', {}, { token: user.token });
        if (first.headers['ratelimit-remaining'] === '2') return; // Redis unreachable: requests pass uncounted
        expect(first.status).toBe(200);
        expect((await graphql(second.url, '{ __typename }', {}, { token: user.token })).status).toBe(200);
        expect((await graphql(url, '{ __typename }', {}, { token: user.token })).status).toBe(429);
        expect((await graphql(second.url, '{ __typename }', {}, { token: user.token })).status).toBe(429);
      });
    } finally {
      await second.stop();
    }
  });
});

describe('health', () => {
  it('/healthz answers while the process runs', async () => {
    const res = await get(stack.routerUrl.replace('/graphql', '/healthz'));
    expect(res.status).toBe(200);
  });

  it('/readyz is 200 when every subgraph and extra check is ready', async () => {
    await withRouter({ readinessChecks: { database: async () => {} } }, async (url) => {
      const res = await get(url.replace('/graphql', '/readyz'));
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text)).toEqual({
        status: 'ready',
        ready: true,
        checks: { 'subgraph:users': 'ok', 'subgraph:projects': 'ok', database: 'ok' },
      });
    });
  });

  it('/readyz is 503 naming what failed: a subgraph down, a failing check', async () => {
    const overrides = {
      subgraphUrls: { users: deadUrl, projects: stack.subgraphUrls.projects },
      readinessChecks: {
        database: async () => {
          throw new Error('connection refused');
        },
      },
    };
    await withRouter(overrides, async (url) => {
      const res = await get(url.replace('/graphql', '/readyz'));
      expect(res.status).toBe(503);
      expect(JSON.parse(res.text)).toEqual({
        status: 'unavailable',
        ready: false,
        checks: { 'subgraph:users': 'failed', 'subgraph:projects': 'ok', database: 'failed' },
      });
      expect(res.text).not.toContain('connection refused');
    });
  });
});

describe('subgraph failures', () => {
  it('reports an unreachable subgraph without its address', async () => {
    await withRouter({ subgraphUrls: { users: deadUrl, projects: stack.subgraphUrls.projects } }, async (url) => {
      const res = await graphql(url, '{ me { id } }', {}, { token });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(res.body)).not.toContain('127.0.0.1');
    });
  });

  it('reports a subgraph refusing the signature as unavailable, without its response', async () => {
    await withRouter({ signingSecret: 'wrong-secret-'.repeat(4) }, async (url) => {
      const res = await graphql(url, '{ me { id } }', {}, { token });
      expect(res.body.errors).toEqual([
        { message: 'The users service is unavailable.', extensions: { code: 'SERVICE_UNAVAILABLE' } },
      ]);
      expect(res.body.data).toBeNull();
    });
  });
});

describe('landing page and production mode', () => {
  it('serves Apollo Sandbox outside production, at /graphql (/ redirects there)', async () => {
    const root = await get(stack.routerUrl.replace('/graphql', '/'), { accept: 'text/html' });
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/graphql');
    const page = await get(stack.routerUrl, { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('embeddable-sandbox');
    expect(page.text).toContain('"endpointIsEditable":false');
  });

  it('in production: no landing page, no introspection, no field suggestions', async () => {
    await withRouter({ production: true }, async (url) => {
      const page = await get(url, { accept: 'text/html' });
      expect(page.text).not.toContain('sandbox');
      const introspection = await graphql(url, '{ __schema { types { name } } }');
      expect(introspection.status).toBe(400);
      expect(introspection.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
      const typo = await graphql(url, '{ me { nam } }', {}, { token });
      expect(typo.status).toBe(400);
      expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
      const variableTypo = await graphql(
        url,
        'mutation ($input: UpdateMeInput!) { updateMe(input: $input) { user { id } } }',
        { input: { nam: 'Ada' } },
        { token },
      );
      expect(variableTypo.status).toBe(400);
      expect(variableTypo.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.nam' });
      expect(variableTypo.body.errors?.[0]?.message).toContain('Field "nam" is not defined by type "UpdateMeInput".');
      expect(variableTypo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    });
  });

  it('allows introspection outside production', async () => {
    const res = await graphql(stack.routerUrl, '{ __schema { queryType { name } } }');
    expect(res.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await graphql(stack.routerUrl, '{ me { nam } }', {}, { token });
    expect(typo.body.errors?.[0]?.message).toMatch(/Did you mean "name"/);
  });
});

describe('CSRF prevention', () => {
  it('blocks a GET without a preflight-forcing header and allows it with one', async () => {
    const url = `${stack.routerUrl}?query=${encodeURIComponent('{ __typename }')}`;
    const blocked = await get(url);
    expect(blocked.status).toBe(400);
    expect(blocked.text).toMatch(/CSRF/);
    const allowed = await get(url, { 'apollo-require-preflight': 'true' });
    expect(allowed.status).toBe(200);
    expect(JSON.parse(allowed.text)).toEqual({
      data: { __typename: 'Query' },
      extensions: { cost: { requested: 0, limit: defaultLimits.maxCost } },
    });
  });

  it('blocks a POST with a simple content type', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await request(stack.routerUrl, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: JSON.stringify({ query: 'mutation { logOut(input: { refreshToken: "x" }) { success } }' }),
      });
      expect(response.statusCode).toBe(400);
      expect(await response.body.text()).toMatch(/CSRF/);
    }
  });
});

it('answers 404 elsewhere', async () => {
  expect((await get(stack.routerUrl.replace('/graphql', '/nope'))).status).toBe(404);
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    request(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });

  it('lets any browser origin call the router outside production', async () => {
    const res = await preflight(stack.routerUrl, 'http://localhost:5173');
    await res.body.text();
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('allows only the configured origins in production', async () => {
    await withRouter({ production: true, corsOrigins: ['https://app.example.com'] }, async (url) => {
      const allowed = await preflight(url, 'https://app.example.com');
      await allowed.body.text();
      expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example.com');
      const refused = await preflight(url, 'https://evil.example.com');
      await refused.body.text();
      expect(refused.statusCode).toBe(403);
    });
  });

  it('allows no cross-origin calls in production unless origins are configured', async () => {
    await withRouter({ production: true }, async (url) => {
      const res = await preflight(url, 'https://app.example.com');
      await res.body.text();
      expect(res.statusCode).toBe(403);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
