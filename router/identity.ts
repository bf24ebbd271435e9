import { verifyAccessToken } from '../lib/auth/access-token';
import { apiTokenPrefix } from '../lib/auth/api-token-secret';
import { effectiveScopes } from '../lib/auth/api-scopes';
import type { ApiTokenCaller, ApiTokenLookup } from './api-token-lookup';

export type { ApiTokenCaller } from './api-token-lookup';
export { CredentialCheckRefused } from './api-token-lookup';
import type { RouterContext } from './signed-data-source';

export type CallerIdentity =
  | { kind: 'anonymous' }
  /** `apiToken` is null for a session (an access token), which holds every scope. */
  | { kind: 'user'; userId: string; expiresAt: Date; apiToken: ApiTokenCaller | null }
  | { kind: 'invalid'; reason: 'expired' | 'invalid' };

/** What the router checks bearer tokens with: access tokens (JWT) and personal API tokens. */
export interface CredentialVerifiers {
  jwtSecret: string;
  /** The users service's token lookup; without it `wg_pat_` tokens are invalid. */
  apiTokens?: ApiTokenLookup;
}

/**
 * Who is calling, from `Authorization: Bearer <token>`; no header means anonymous. Every entry point
 * (GraphQL over HTTP and WebSocket, REST, chart files) calls this the same way. `clientAddress` is
 * recorded as an API token's last use, and counts the address's failed token lookups. Throws
 * `CredentialCheckRefused` when an API token cannot be checked now (429 or 503, never a 401).
 */
export async function resolveIdentity(
  authorization: string | undefined,
  verifiers: CredentialVerifiers,
  clientAddress: string | null = null,
): Promise<CallerIdentity> {
  if (!authorization) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) return { kind: 'invalid', reason: 'invalid' };
  const token = match[1];
  if (token.startsWith(apiTokenPrefix)) {
    // Unknown, revoked and expired tokens get the same answer: a caller learns nothing of which.
    const grant = verifiers.apiTokens ? await verifiers.apiTokens.lookup(token, clientAddress) : null;
    if (!grant) return { kind: 'invalid', reason: 'invalid' };
    return {
      kind: 'user',
      userId: grant.userId,
      expiresAt: grant.expiresAt,
      apiToken: { id: grant.tokenId, scopes: effectiveScopes(grant.scopes) },
    };
  }
  const check = await verifyAccessToken(verifiers.jwtSecret, token);
  if (!check.ok) return { kind: 'invalid', reason: check.reason };
  // Subgraphs read a `service:` prefix as another service calling; a user id can never claim that.
  if (check.userId.startsWith('service:')) return { kind: 'invalid', reason: 'invalid' };
  return { kind: 'user', userId: check.userId, expiresAt: check.expiresAt, apiToken: null };
}

/** The context an operation runs with for a valid identity: the scope checks read `apiToken`. */
export function routerContextOf(
  identity: Exclude<CallerIdentity, { kind: 'invalid' }>,
  clientAddress: string | null,
): RouterContext {
  return identity.kind === 'user'
    ? { userId: identity.userId, clientAddress, apiToken: identity.apiToken }
    : { userId: null, clientAddress, apiToken: null };
}
