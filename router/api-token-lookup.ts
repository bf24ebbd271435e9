import { apiTokenHash, isWellFormedApiToken } from '../lib/auth/api-token-secret';
import { createServiceClient } from '../lib/server/service-client';

/** A personal API token behind a request, and the scopes it holds (each write scope with its read scope). */
export interface ApiTokenCaller {
  id: string;
  scopes: ReadonlySet<string>;
}

/** A valid personal API token: who it acts for and what it may do. */
export interface ApiTokenGrant {
  tokenId: string;
  userId: string;
  scopes: readonly string[];
  expiresAt: Date;
}

export interface ApiTokenLookup {
  /** The grant of a valid token; null for a malformed, unknown, revoked or expired one alike. */
  lookup(token: string, clientAddress: string | null): Promise<ApiTokenGrant | null>;
  close(): Promise<void>;
}

const credentialQuery = `query ApiTokenCredential($tokenHash: String!, $clientAddress: String) {
  apiTokenCredential(tokenHash: $tokenHash, clientAddress: $clientAddress) { tokenId userId scopes expiresAt }
}`;

interface CredentialAnswer {
  apiTokenCredential: { tokenId: string; userId: string; scopes: string[]; expiresAt: string } | null;
}

/**
 * Asks the users service, by a signed service call, about every request's token: no cache, so a
 * revocation holds from the next request on, on every router. Only the token's SHA-256 leaves the
 * router, and a token failing its checksum is refused without a call.
 */
export function createApiTokenLookup(options: { usersUrl: string; signingSecret: string }): ApiTokenLookup {
  const client = createServiceClient({ url: options.usersUrl, signingSecret: options.signingSecret, caller: 'router' });
  return {
    async lookup(token, clientAddress) {
      if (!isWellFormedApiToken(token)) return null;
      const { apiTokenCredential: found } = await client.query<CredentialAnswer>(credentialQuery, {
        tokenHash: apiTokenHash(token),
        clientAddress,
      });
      return found && { ...found, expiresAt: new Date(found.expiresAt) };
    },
    close: () => client.close(),
  };
}
