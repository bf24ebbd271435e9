import { createHash } from 'node:crypto';
import { apiScopes } from '../../lib/auth/api-scopes';
import { newApiTokenSecret } from '../../lib/auth/api-token-secret';
import { dataOf, errorOf, graphql, querySql, rawId, signUpUser, useTestStack } from '../testkit';
import { apiTokensQuery, createApiToken, createApiTokenMutation, revokeApiTokenMutation } from './api-token-support';

const stack = useTestStack();
const meQuery = '{ me { id name } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('personal API tokens', () => {
  it('work on /graphql once created, are listed without their secret, and fail with 401 on the next request after revocation', async () => {
    const owner = await signUpUser(stack);
    const res = await graphql(
      stack.routerUrl,
      createApiTokenMutation,
      { input: { name: 'CI deploys', scopes: ['users:read'] } },
      { token: owner.token },
    );
    const { token, apiToken } = dataOf(res).createApiToken;
    expect(token).toMatch(/^wg_pat_[0-9A-Za-z]{49}$/);
    expect(apiToken).toMatchObject({
      name: 'CI deploys',
      prefix: token.slice(0, 12),
      scopes: ['users:read'],
      lastUsedAt: null,
      revokedAt: null,
    });
    const days = (Date.parse(apiToken.expiresAt) - Date.parse(apiToken.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(90, 3);

    const used = await graphql(stack.routerUrl, meQuery, {}, { token });
    expect(dataOf(used).me).toEqual({ id: owner.userId, name: owner.name });

    const listing = await graphql(stack.routerUrl, apiTokensQuery, {}, { token: owner.token });
    expect(dataOf(listing).apiTokens.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([
      apiToken.id,
    ]);
    expect(JSON.stringify(listing.body)).not.toContain(token.slice(12));

    const revoked = await graphql(
      stack.routerUrl,
      revokeApiTokenMutation,
      { input: { id: apiToken.id } },
      { token: owner.token },
    );
    expect(dataOf(revoked).revokeApiToken.apiToken.revokedAt).toEqual(expect.any(String));

    const after = await graphql(stack.routerUrl, meQuery, {}, { token });
    expect(after.status).toBe(401);
    expect(after.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(errorOf(after).code).toBe('UNAUTHENTICATED');

    const active = dataOf(await graphql(stack.routerUrl, apiTokensQuery, {}, { token: owner.token }));
    expect(active.apiTokens).toMatchObject({ totalCount: 0, edges: [] });
    const all = dataOf(
      await graphql(stack.routerUrl, apiTokensQuery, { includeRevoked: true }, { token: owner.token }),
    );
    expect(all.apiTokens.edges[0].node).toMatchObject({ id: apiToken.id, revokedAt: expect.any(String) });
  });

  it('are stored as their SHA-256 and a twelve-character prefix, never as their text', async () => {
    const owner = await signUpUser(stack);
    const { token, id } = await createApiToken(stack, owner.token, { scopes: ['projects:read'] });
    const [row] = await querySql<{ token_hash: string; prefix: string; whole: string }>(
      stack,
      'SELECT token_hash, prefix, row_to_json(t)::text AS whole FROM users.api_token t WHERE id = $1',
      [rawId(id)],
    );
    expect(row!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(row!.prefix).toBe(token.slice(0, 12));
    expect(row!.whole).not.toContain(token.slice(12));
  });

  it('record when and from which address they were last used, at most once a minute', async () => {
    const owner = await signUpUser(stack);
    const { token, id } = await createApiToken(stack, owner.token, { scopes: ['users:read'] });
    dataOf(await graphql(stack.routerUrl, meQuery, {}, { token }));
    const lastUse = async () =>
      (
        await querySql<{ last_used_at: Date | null; last_used_ip: string | null }>(
          stack,
          'SELECT last_used_at, last_used_ip FROM users.api_token WHERE id = $1',
          [rawId(id)],
        )
      )[0]!;
    const first = await lastUse();
    expect(first.last_used_ip).toBe('127.0.0.1');
    expect(Date.now() - first.last_used_at!.getTime()).toBeLessThan(10_000);

    // A use recorded 30 s ago is recent: the next use writes nothing.
    await querySql(
      stack,
      "UPDATE users.api_token SET last_used_at = now() - interval '30 seconds', last_used_ip = '192.0.2.1' WHERE id = $1",
      [rawId(id)],
    );
    const recent = await lastUse();
    dataOf(await graphql(stack.routerUrl, meQuery, {}, { token }));
    expect(await lastUse()).toEqual(recent);

    // One recorded over a minute ago is replaced.
    await querySql(stack, "UPDATE users.api_token SET last_used_at = now() - interval '61 seconds' WHERE id = $1", [
      rawId(id),
    ]);
    dataOf(await graphql(stack.routerUrl, meQuery, {}, { token }));
    const replaced = await lastUse();
    expect(replaced.last_used_ip).toBe('127.0.0.1');
    expect(Date.now() - replaced.last_used_at!.getTime()).toBeLessThan(10_000);

    const listed = dataOf(await graphql(stack.routerUrl, apiTokensQuery, {}, { token: owner.token }));
    expect(listed.apiTokens.edges[0].node).toMatchObject({ lastUsedIp: '127.0.0.1', lastUsedAt: expect.any(String) });
  });

  it('stop working when they expire, with the same 401 an unknown or revoked token gets', async () => {
    const owner = await signUpUser(stack);
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const { token } = await createApiToken(stack, owner.token, { scopes: ['users:read'], expiresAt });
    dataOf(await graphql(stack.routerUrl, meQuery, {}, { token }));
    await sleep(Date.parse(expiresAt) - Date.now() + 100);
    const expired = await graphql(stack.routerUrl, meQuery, {}, { token });
    const unknown = await graphql(stack.routerUrl, meQuery, {}, { token: newApiTokenSecret().token });
    const garbled = await graphql(stack.routerUrl, meQuery, {}, { token: `${token.slice(0, -1)}x` });
    for (const res of [expired, unknown, garbled]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual(expired.body);
    }
    expect(errorOf(expired).code).toBe('UNAUTHENTICATED');
  });

  it('cannot create more tokens, whatever their scopes', async () => {
    const owner = await signUpUser(stack);
    const { token } = await createApiToken(stack, owner.token, { scopes: ['users:write'] });
    const res = await graphql(
      stack.routerUrl,
      createApiTokenMutation,
      { input: { name: 'another', scopes: ['users:read'] } },
      { token },
    );
    expect(res.status).toBe(403);
    expect(errorOf(res).code).toBe('FORBIDDEN');
    const rows = await querySql(stack, 'SELECT 1 FROM users.api_token WHERE name = $1', ['another']);
    expect(rows).toHaveLength(0);
  });

  it('are NOT_FOUND for anyone but their owner, who alone sees them through node(id)', async () => {
    const owner = await signUpUser(stack);
    const other = await signUpUser(stack);
    const { id, token } = await createApiToken(stack, owner.token, { scopes: ['users:read'] });
    const revoke = await graphql(stack.routerUrl, revokeApiTokenMutation, { input: { id } }, { token: other.token });
    expect(errorOf(revoke)).toMatchObject({ code: 'NOT_FOUND' });
    dataOf(await graphql(stack.routerUrl, meQuery, {}, { token }));

    const nodeQuery = 'query ($id: ID!) { node(id: $id) { id ... on ApiToken { name } } }';
    expect(dataOf(await graphql(stack.routerUrl, nodeQuery, { id }, { token: other.token })).node).toBeNull();
    expect(dataOf(await graphql(stack.routerUrl, nodeQuery, { id }, { token: owner.token })).node).toEqual({
      id,
      name: 'test',
    });
    expect(
      dataOf(await graphql(stack.routerUrl, apiTokensQuery, {}, { token: other.token })).apiTokens.totalCount,
    ).toBe(0);
  });

  it('refuse each bad input with BAD_USER_INPUT naming its field', async () => {
    const owner = await signUpUser(stack);
    const inYears = (years: number) => new Date(Date.now() + years * 366 * 86_400_000).toISOString();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: ' ', scopes: ['users:read'] }, 'input.name'],
      [{ name: 'x'.repeat(101), scopes: ['users:read'] }, 'input.name'],
      [{ name: 'a', scopes: [] }, 'input.scopes'],
      [{ name: 'a', scopes: ['users:read', 'repo'] }, 'input.scopes[1]'],
      [{ name: 'a', scopes: ['users:read'], expiresAt: new Date(Date.now() - 1000).toISOString() }, 'input.expiresAt'],
      [{ name: 'a', scopes: ['users:read'], expiresAt: inYears(1) }, 'input.expiresAt'],
    ];
    for (const [input, field] of cases) {
      const res = await graphql(stack.routerUrl, createApiTokenMutation, { input }, { token: owner.token });
      expect({ field, error: errorOf(res) }).toMatchObject({ field, error: { code: 'BAD_USER_INPUT', field } });
    }
    const revoke = await graphql(
      stack.routerUrl,
      revokeApiTokenMutation,
      { input: { id: owner.userId } },
      { token: owner.token },
    );
    expect(errorOf(revoke)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
  });

  it('are listed newest first, a page at a time, and the scopes a token may hold are listed with descriptions', async () => {
    const owner = await signUpUser(stack);
    const ids: string[] = [];
    for (const name of ['one', 'two', 'three'])
      ids.push((await createApiToken(stack, owner.token, { name, scopes: ['files:read'] })).id);
    const first = dataOf(
      await graphql(stack.routerUrl, apiTokensQuery, { first: 2 }, { token: owner.token }),
    ).apiTokens;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['three', 'two']);
    const after = first.pageInfo.endCursor;
    const second = dataOf(
      await graphql(stack.routerUrl, apiTokensQuery, { first: 2, after }, { token: owner.token }),
    ).apiTokens;
    expect(second.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ids[0]]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const scopes = dataOf(
      await graphql(stack.routerUrl, '{ apiTokenScopes { name description } }', {}, { token: owner.token }),
    );
    expect(scopes.apiTokenScopes).toEqual(apiScopes.map(({ name, description }) => ({ name, description })));
  });
});
