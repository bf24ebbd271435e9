import { dataOf, errorOf, graphql, signUpUser, useTestStack } from '../testkit';
import { createApiToken } from '../users/api-token-support';

const stack = useTestStack({ routerLimits: { apiTokenRateLimitPerWindow: 3 } });
const meQuery = '{ me { id } }';

describe('the rate limit of each API token', () => {
  it('counts requests per token in GitHub-style headers beside the per-user ones, then answers 429 with retry-after', async () => {
    const owner = await signUpUser(stack);
    const { token } = await createApiToken(stack, owner.token, { scopes: ['users:read'] });
    const seen = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await graphql(stack.routerUrl, meQuery, {}, { token });
      dataOf(res);
      seen.push([res.headers['x-ratelimit-remaining'], res.headers['x-ratelimit-used']]);
      expect(res.headers).toMatchObject({ 'x-ratelimit-limit': '3', 'x-ratelimit-resource': 'graphql' });
      expect(res.headers['ratelimit-limit']).toBeDefined();
      const reset = Number(res.headers['x-ratelimit-reset']);
      expect(reset).toBeGreaterThan(Date.now() / 1000);
      expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 3600);
    }
    expect(seen).toEqual([
      ['2', '1'],
      ['1', '2'],
      ['0', '3'],
    ]);
    const refused = await graphql(stack.routerUrl, meQuery, {}, { token });
    expect(refused.status).toBe(429);
    expect(errorOf(refused).code).toBe('TOO_MANY_REQUESTS');
    expect(refused.headers).toMatchObject({ 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '3' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });

  it('gives each token a budget of its own, and sessions none of these headers', async () => {
    const owner = await signUpUser(stack);
    const spent = await createApiToken(stack, owner.token, { scopes: ['users:read'] });
    for (let i = 0; i < 4; i += 1) await graphql(stack.routerUrl, meQuery, {}, { token: spent.token });
    const fresh = await createApiToken(stack, owner.token, { scopes: ['users:read'] });
    const res = await graphql(stack.routerUrl, meQuery, {}, { token: fresh.token });
    expect(res.status).toBe(200);
    expect(res.headers['x-ratelimit-remaining']).toBe('2');
    const session = await graphql(stack.routerUrl, meQuery, {}, { token: owner.token });
    expect(session.headers['x-ratelimit-limit']).toBeUndefined();
    expect(session.headers['ratelimit-limit']).toBeDefined();
  });
});
