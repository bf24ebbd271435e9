import { randomUUID } from 'node:crypto';
import { issueAccessToken } from '../lib/auth/access-token';
import { newApiTokenSecret } from '../lib/auth/api-token-secret';
import type { ApiTokenGrant, ApiTokenLookup } from './api-token-lookup';
import { resolveIdentity, routerContextOf } from './identity';

const jwtSecret = 'j'.repeat(40);

/** The users service's answers, faked: this tier runs no service. */
function fakeLookup(grants: Map<string, ApiTokenGrant>): ApiTokenLookup & { calls: (string | null)[] } {
  const calls: (string | null)[] = [];
  return {
    calls,
    async lookup(token, clientAddress) {
      calls.push(clientAddress);
      return grants.get(token) ?? null;
    },
    close: async () => {},
  };
}

describe('caller identity', () => {
  it('is anonymous without a header and a user with a valid bearer token', async () => {
    expect(await resolveIdentity(undefined, { jwtSecret })).toEqual({ kind: 'anonymous' });
    const userId = randomUUID();
    const { token, expiresAt } = await issueAccessToken(jwtSecret, userId);
    expect(await resolveIdentity(`Bearer ${token}`, { jwtSecret })).toEqual({
      kind: 'user',
      userId,
      expiresAt,
      apiToken: null,
    });
  });

  it('is invalid for malformed, foreign, expired or service-claiming tokens', async () => {
    const verifiers = { jwtSecret };
    expect(await resolveIdentity('Basic abc', verifiers)).toEqual({ kind: 'invalid', reason: 'invalid' });
    expect(await resolveIdentity('Bearer not-a-jwt', verifiers)).toEqual({ kind: 'invalid', reason: 'invalid' });
    const foreign = await issueAccessToken('x'.repeat(40), randomUUID());
    expect(await resolveIdentity(`Bearer ${foreign.token}`, verifiers)).toMatchObject({ kind: 'invalid' });
    const expired = await issueAccessToken(jwtSecret, randomUUID(), -10);
    expect(await resolveIdentity(`Bearer ${expired.token}`, verifiers)).toEqual({ kind: 'invalid', reason: 'expired' });
    const service = await issueAccessToken(jwtSecret, 'service:projects');
    expect(await resolveIdentity(`Bearer ${service.token}`, verifiers)).toEqual({ kind: 'invalid', reason: 'invalid' });
  });

  it('is the token owner with its scopes, write scopes implying read, for a personal API token', async () => {
    const { token } = newApiTokenSecret();
    const grant = { tokenId: randomUUID(), userId: randomUUID(), scopes: ['projects:write'], expiresAt: new Date() };
    const apiTokens = fakeLookup(new Map([[token, grant]]));
    const identity = await resolveIdentity(`Bearer ${token}`, { jwtSecret, apiTokens }, '203.0.113.9');
    expect(identity).toEqual({
      kind: 'user',
      userId: grant.userId,
      expiresAt: grant.expiresAt,
      apiToken: { id: grant.tokenId, scopes: new Set(['projects:write', 'projects:read']) },
    });
    expect(apiTokens.calls).toEqual(['203.0.113.9']);
    expect(routerContextOf(identity as Exclude<typeof identity, { kind: 'invalid' }>, '203.0.113.9')).toEqual({
      userId: grant.userId,
      clientAddress: '203.0.113.9',
      apiToken: { id: grant.tokenId, scopes: new Set(['projects:write', 'projects:read']) },
    });
  });

  it('is invalid for an API token the users service does not vouch for, or with no lookup configured', async () => {
    const { token } = newApiTokenSecret();
    expect(await resolveIdentity(`Bearer ${token}`, { jwtSecret, apiTokens: fakeLookup(new Map()) })).toEqual({
      kind: 'invalid',
      reason: 'invalid',
    });
    expect(await resolveIdentity(`Bearer ${token}`, { jwtSecret })).toEqual({ kind: 'invalid', reason: 'invalid' });
  });
});
