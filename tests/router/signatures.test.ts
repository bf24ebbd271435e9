import { request } from 'undici';
import { signRequest, signedPostHeaders, targetOf } from '../../lib/signing';
import { defaultLimits } from '../../router/config';
import { graphql, signUpUser, startTestStack, type TestStack, type TestUser } from '../testkit';
import { subgraphNames } from '../../subgraphs/registry';

let stack: TestStack;
let user: TestUser;

beforeAll(async () => {
  stack = await startTestStack();
  user = await signUpUser(stack);
});
afterAll(async () => {
  await stack?.stop();
});

const serviceQuery = JSON.stringify({ query: '{ _service { sdl } }' });
const entitiesQuery = () =>
  JSON.stringify({
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id } } }',
    variables: { r: [{ __typename: 'User', id: user.userId }] },
  });

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    status: response.statusCode,
    body: (await response.body.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

describe.each(subgraphNames)('the %s subgraph, called directly', (name) => {
  const url = () => stack.subgraphUrls[name];

  it.each([
    ['_service', () => serviceQuery],
    ['_entities', entitiesQuery],
  ])('refuses an unsigned %s query', async (_, body) => {
    const res = await post(url(), body());
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.data).toBeUndefined();
  });

  const signed = (body: string, caller: string | null = null) =>
    signedPostHeaders(stack.signingSecret, url(), body, caller);

  it('refuses a tampered body', async () => {
    expect((await post(url(), entitiesQuery(), signed(serviceQuery))).status).toBe(401);
  });

  it('refuses a request signed with another secret', async () => {
    const body = entitiesQuery();
    const headers = signedPostHeaders('not-the-secret-'.repeat(3), url(), body, user.userId);
    expect((await post(url(), body, headers)).status).toBe(401);
  });

  it('refuses a signature older than 60 s, and a changed caller', async () => {
    const body = serviceQuery;
    const stale = signRequest(
      stack.signingSecret,
      { method: 'POST', target: targetOf(url()), body, caller: null },
      Date.now() - 61_000,
    );
    expect((await post(url(), body, stale)).status).toBe(401);
    expect(
      (await post(url(), body, { ...signed(body, user.userId), 'x-workgraph-user-id': 'someone-else' })).status,
    ).toBe(401);
  });

  it('refuses the same signed request a second time', async () => {
    const headers = signed(serviceQuery);
    expect((await post(url(), serviceQuery, headers)).status).toBe(200);
    const replay = await post(url(), serviceQuery, headers);
    expect(replay.status).toBe(401);
    expect(replay.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a signed request replayed with a query string added', async () => {
    const headers = signed(serviceQuery);
    expect((await post(`${url()}?query=%7B__typename%7D`, serviceQuery, headers)).status).toBe(401);
  });

  it('refuses a GET carrying the operation in its URL, even with a signature over the empty body', async () => {
    const target = `${url()}?query=${encodeURIComponent('{ _service { sdl } }')}`;
    const headers = signRequest(stack.signingSecret, {
      method: 'GET',
      target: targetOf(target),
      body: '',
      caller: null,
    });
    const response = await request(target, { method: 'GET', headers });
    expect(response.statusCode).toBe(405);
    expect(await response.body.text()).not.toContain('_service');
  });

  it('answers a correctly signed request', async () => {
    const res = await post(url(), serviceQuery, signed(serviceQuery));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ _service: { sdl: expect.stringContaining('type Query') } });
  });
});

it('users answers a signed _entities query', async () => {
  const body = entitiesQuery();
  const res = await post(
    stack.subgraphUrls.users,
    body,
    signedPostHeaders(stack.signingSecret, stack.subgraphUrls.users, body, user.userId),
  );
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ data: { _entities: [{ id: user.userId }] } });
});

it('refuses a request signed for one subgraph and replayed to another', async () => {
  const headers = signedPostHeaders(stack.signingSecret, stack.subgraphUrls.users, serviceQuery, null);
  expect((await post(stack.subgraphUrls.users, serviceQuery, headers)).status).toBe(200);
  expect((await post(stack.subgraphUrls.projects, serviceQuery, headers)).status).toBe(401);
});

describe('through the router', () => {
  it('serves the signed-in user', async () => {
    const res = await graphql(stack.routerUrl, '{ me { id email } }', {}, { token: user.token });
    expect(res.body).toEqual({
      data: { me: { id: user.userId, email: user.email } },
      extensions: { cost: { requested: 1, limit: defaultLimits.maxCost } },
    });
  });

  it('refuses an invalid token with UNAUTHENTICATED', async () => {
    const res = await graphql(stack.routerUrl, '{ me { id } }', {}, { token: `${user.token}x` });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is ready when subgraphs and the database are', async () => {
    const response = await request(stack.routerUrl.replace('/graphql', '/readyz'));
    expect(response.statusCode).toBe(200);
    expect(await response.body.json()).toMatchObject({
      checks: {
        database: 'ok',
        ...Object.fromEntries(subgraphNames.map((name) => [`subgraph:${name}`, 'ok'])),
      },
    });
  });
});
