import { apiTokenHash, isWellFormedApiToken } from '../lib/auth/api-token-secret';
import { ErrorCode } from '../lib/errors';
import type { Logger } from '../lib/logger';
import { createServiceClient } from '../lib/server/service-client';
import { addressKeyOf } from './client-address-key';
import type { RateLimitDecision, RateLimiter } from './rate-limit';
import { retryAfterSecondsOf } from './rate-limit/api-token-limit';

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
  /**
   * The grant of a valid token; null for a malformed, unknown, revoked or expired one alike. Throws
   * `CredentialCheckRefused` when the token cannot be checked now: the client address has failed
   * too many lookups (429), or the users service cannot be reached (503).
   */
  lookup(token: string, clientAddress: string | null): Promise<ApiTokenGrant | null>;
  close(): Promise<void>;
}

/** Why a bearer token could not be checked, and the answer's status headers; every entry point answers it alike. */
export class CredentialCheckRefused extends Error {
  constructor(
    readonly code: ErrorCode.TooManyRequests | ErrorCode.ServiceUnavailable,
    message: string,
    readonly retryAfterSeconds: number,
    readonly headers: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'CredentialCheckRefused';
  }
}

/** How long a client is told to wait when the users service cannot check its token. */
export const unavailableRetryAfterSeconds = 5;

const unavailable = () =>
  new CredentialCheckRefused(
    ErrorCode.ServiceUnavailable,
    'API tokens cannot be checked right now; retry later.',
    unavailableRetryAfterSeconds,
    { 'retry-after': String(unavailableRetryAfterSeconds) },
  );

function tooManyFailures(decision: RateLimitDecision): CredentialCheckRefused {
  const retryAfter = retryAfterSecondsOf(decision);
  return new CredentialCheckRefused(
    ErrorCode.TooManyRequests,
    'Too many requests with unknown API tokens from this address; retry later.',
    retryAfter,
    {
      'retry-after': String(retryAfter),
      'ratelimit-limit': String(decision.limit),
      'ratelimit-remaining': '0',
      'ratelimit-reset': String(retryAfter),
    },
  );
}

const credentialQuery = `query ApiTokenCredential($tokenHash: String!, $clientAddress: String) {
  apiTokenCredential(tokenHash: $tokenHash, clientAddress: $clientAddress) { tokenId userId scopes expiresAt }
}`;

interface CredentialAnswer {
  apiTokenCredential: { tokenId: string; userId: string; scopes: string[]; expiresAt: string } | null;
}

export interface ApiTokenLookupOptions {
  usersUrl: string;
  signingSecret: string;
  /** Longest wait for the users service; beyond it the request is answered 503. */
  timeoutMs: number;
  /** Failed lookups per client address (an IPv6 address's /64), counted before each lookup. */
  failedLookups: { limiter: RateLimiter; limit: number };
  logger: Logger;
}

/**
 * Asks the users service, by a signed service call, about every request's token: no cache, so a
 * revocation holds from the next request on, on every router. Only the token's SHA-256 leaves the
 * router. What costs nothing comes first: a token failing its checksum is refused without a call,
 * and an address past its budget of failed lookups is refused (429) before one. Each lookup counts
 * against that budget before it is made and is given back when it finds a valid token, so even a
 * burst of concurrent made-up tokens costs at most the budget.
 */
export function createApiTokenLookup(options: ApiTokenLookupOptions): ApiTokenLookup {
  const { failedLookups, logger } = options;
  const client = createServiceClient({
    url: options.usersUrl,
    signingSecret: options.signingSecret,
    caller: 'router',
    timeoutMs: options.timeoutMs,
  });
  return {
    async lookup(token, clientAddress) {
      if (!isWellFormedApiToken(token)) return null;
      const attempt = await failedLookups.limiter.reserve(
        `token-lookup-failures:${addressKeyOf(clientAddress)}`,
        failedLookups.limit,
      );
      if (!attempt.decision.allowed) throw tooManyFailures(attempt.decision);
      let answer: CredentialAnswer;
      try {
        answer = await client.query<CredentialAnswer>(credentialQuery, {
          tokenHash: apiTokenHash(token),
          clientAddress,
        });
      } catch (error) {
        // Not the client's failure: it does not count. The log has the cause; the client only the code.
        void attempt.release();
        logger.warn('api token lookup: users service unavailable', { error: String(error) });
        throw unavailable();
      }
      const found = answer.apiTokenCredential;
      if (!found) return null;
      void attempt.release();
      return { ...found, expiresAt: new Date(found.expiresAt) };
    },
    close: () => client.close(),
  };
}
