import type http from 'node:http';
import type { RateLimitDecision, RateLimiter } from './types';

/** Counts one use of an API token against its own budget: a request, a WebSocket connection, a subscribe. */
export const countApiTokenUse = (limiter: RateLimiter, tokenId: string): Promise<RateLimitDecision> =>
  limiter.hit(`token:${tokenId}`);

/** Seconds until a spent budget's window ends: `retry-after`, or `retryAfterSeconds` on a WebSocket. */
export const retryAfterSecondsOf = (decision: RateLimitDecision): number =>
  Math.max(1, Math.ceil(decision.resetMs / 1000));

/**
 * Counts a request against its API token's own budget and says so in GitHub's headers
 * (`x-ratelimit-*`, the reset as epoch seconds), beside the `ratelimit-*` headers of the per-user
 * limit. False when the budget is spent: the caller answers 429 (`retry-after` is set here).
 */
export async function hitApiTokenLimit(
  res: http.ServerResponse,
  limiter: RateLimiter,
  tokenId: string,
  resource: string,
  now = Date.now(),
): Promise<boolean> {
  const decision = await countApiTokenUse(limiter, tokenId);
  res.setHeader('x-ratelimit-limit', decision.limit);
  res.setHeader('x-ratelimit-remaining', decision.remaining);
  res.setHeader('x-ratelimit-used', decision.limit - decision.remaining);
  res.setHeader('x-ratelimit-reset', Math.ceil((now + decision.resetMs) / 1000));
  res.setHeader('x-ratelimit-resource', resource);
  if (!decision.allowed) res.setHeader('retry-after', retryAfterSecondsOf(decision));
  return decision.allowed;
}
