import { newApiTokenSecret } from '../../lib/auth/api-token-secret';
import { dataOf, errorOf, graphql, itWithRedis, signUpUser, sqlStatementCount, useTestStack } from '../testkit';
import { startRouterProcess } from '../testkit/router-process';
import { rest } from '../rest/support';
import { createApiToken } from '../users/api-token-support';

// Addresses come from X-Forwarded-For, one trusted proxy in front of the router, as deployed.
const limit = 5;
const stack = useTestStack({ routerLimits: { apiTokenFailedLookupsPerWindow: limit, trustProxyHops: 1 } });
const meQuery = '{ me { id } }';

let addresses = 0;
/** An address no other test uses, so each starts with a whole budget. */
const freshAddress = () => `198.51.100.${(addresses += 1)}`;
const from = (address: string) => ({ 'x-forwarded-for': address });
const madeUp = () => newApiTokenSecret().token;

/** `count` made-up tokens sent at once from a fresh address: the address, their statuses sorted, and the lookups they cost. */
async function burst(routerUrl: string, count: number) {
  const address = freshAddress();
  const before = sqlStatementCount('users');
  const answers = await Promise.all(
    Array.from({ length: count }, () => graphql(routerUrl, meQuery, {}, { token: madeUp(), headers: from(address) })),
  );
  // Each lookup is one statement of the users service.
  return { address, statuses: answers.map((res) => res.status).sort(), lookups: sqlStatementCount('users') - before };
}

describe('failed API token lookups per client address', () => {
  it('refuse a burst of made-up tokens with 429 once the budget is spent, before any more lookups, even when sent at once', async () => {
    const { address, statuses, lookups } = await burst(stack.routerUrl, 20);
    expect(lookups).toBe(limit);
    expect(statuses).toEqual([...Array(limit).fill(401), ...Array(20 - limit).fill(429)]);

    const afterBurst = sqlStatementCount('users');
    const refused = await graphql(stack.routerUrl, meQuery, {}, { token: madeUp(), headers: from(address) });
    expect(refused.status).toBe(429);
    expect(errorOf(refused).code).toBe('TOO_MANY_REQUESTS');
    expect(refused.headers).toMatchObject({ 'ratelimit-limit': String(limit), 'ratelimit-remaining': '0' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(Number(refused.headers['ratelimit-reset'])).toBe(retryAfter);

    // REST says it the same way, as a problem.
    const viaRest = await rest(stack, 'GET', '/projects/x', { token: madeUp(), headers: from(address) });
    expect(viaRest.status).toBe(429);
    expect(viaRest.headers.get('content-type')).toContain('application/problem+json');
    expect(viaRest.body).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    expect(Number(viaRest.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(sqlStatementCount('users')).toBe(afterBurst);
  });

  it('leave a valid token from another address alone; from the spent address it waits too, sessions never', async () => {
    const owner = await signUpUser(stack);
    const { token } = await createApiToken(stack, owner.token, { scopes: ['users:read'] });
    const spent = freshAddress();
    for (let i = 0; i < limit; i += 1) {
      expect((await graphql(stack.routerUrl, meQuery, {}, { token: madeUp(), headers: from(spent) })).status).toBe(401);
    }
    const other = await graphql(stack.routerUrl, meQuery, {}, { token, headers: from(freshAddress()) });
    expect(dataOf(other).me).toEqual({ id: owner.userId });
    // A token cannot be told from a made-up one without its lookup, which the spent address gets no more.
    expect((await graphql(stack.routerUrl, meQuery, {}, { token, headers: from(spent) })).status).toBe(429);
    const session = await graphql(stack.routerUrl, meQuery, {}, { token: owner.token, headers: from(spent) });
    expect(dataOf(session).me).toEqual({ id: owner.userId });
  });

  it('count only lookups that find no valid token, and none for a token failing its checksum', async () => {
    const owner = await signUpUser(stack);
    const { token } = await createApiToken(stack, owner.token, { scopes: ['users:read'] });
    const address = freshAddress();
    for (let i = 0; i < limit * 2; i += 1) {
      dataOf(await graphql(stack.routerUrl, meQuery, {}, { token, headers: from(address) }));
    }
    const before = sqlStatementCount('users');
    const garbled = `${madeUp().slice(0, -1)}!`;
    const checksumless = `${token.slice(0, 20)}${token[20] === 'a' ? 'b' : 'a'}${token.slice(21)}`;
    for (let i = 0; i < limit * 2; i += 1) {
      const res = await graphql(
        stack.routerUrl,
        meQuery,
        {},
        { token: i % 2 ? garbled : checksumless, headers: from(address) },
      );
      expect(res.status).toBe(401);
    }
    expect(sqlStatementCount('users')).toBe(before);
    for (let i = 0; i < limit; i += 1) {
      expect((await graphql(stack.routerUrl, meQuery, {}, { token: madeUp(), headers: from(address) })).status).toBe(
        401,
      );
    }
    expect((await graphql(stack.routerUrl, meQuery, {}, { token: madeUp(), headers: from(address) })).status).toBe(429);
  });

  it('count an IPv6 client by its /64', async () => {
    for (let i = 0; i < limit; i += 1) {
      const address = `2001:db8:77:1::${i + 1}`;
      expect((await graphql(stack.routerUrl, meQuery, {}, { token: madeUp(), headers: from(address) })).status).toBe(
        401,
      );
    }
    const sameBlock = await graphql(
      stack.routerUrl,
      meQuery,
      {},
      { token: madeUp(), headers: from('2001:db8:77:1:ffff::9') },
    );
    expect(sameBlock.status).toBe(429);
    const nextBlock = await graphql(
      stack.routerUrl,
      meQuery,
      {},
      { token: madeUp(), headers: from('2001:db8:77:2::1') },
    );
    expect(nextBlock.status).toBe(401);
  });

  itWithRedis('are counted in Redis, shared by every router', async () => {
    const second = await startRouterProcess(stack, {
      API_TOKEN_FAILED_LOOKUPS_PER_HOUR: String(limit),
      TRUST_PROXY_HOPS: '1',
    });
    try {
      const address = freshAddress();
      for (let i = 0; i < limit; i += 1) {
        const url = i % 2 ? second.url : stack.routerUrl;
        expect((await graphql(url, meQuery, {}, { token: madeUp(), headers: from(address) })).status).toBe(401);
      }
      for (const url of [stack.routerUrl, second.url]) {
        expect((await graphql(url, meQuery, {}, { token: madeUp(), headers: from(address) })).status).toBe(429);
      }
    } finally {
      await second.stop();
    }
  });
});

describe('failed API token lookups without Redis', () => {
  const alone = useTestStack({
    redisUrl: undefined,
    routerLimits: { apiTokenFailedLookupsPerWindow: limit, trustProxyHops: 1 },
  });

  it('are counted in the router’s own memory, with the same 429 before any lookup', async () => {
    expect(alone.redisUrl).toBeUndefined();
    const { statuses, lookups } = await burst(alone.routerUrl, 10);
    expect(lookups).toBe(limit);
    expect(statuses).toEqual([...Array(limit).fill(401), ...Array(10 - limit).fill(429)]);
    const other = await graphql(alone.routerUrl, meQuery, {}, { token: madeUp(), headers: from(freshAddress()) });
    expect(other.status).toBe(401);
  });
});
