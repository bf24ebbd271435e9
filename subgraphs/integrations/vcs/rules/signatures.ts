import { createHash, timingSafeEqual } from 'node:crypto';
import type { VcsProvider } from './vcs-event';

/** The headers a delivery's verification and parsing read, lower-case names. */
export type DeliveryHeaders = Record<string, string | undefined>;

/**
 * Whether a delivery carries the connection's secret: GitHub's `X-Hub-Signature-256` (HMAC-SHA256
 * of the raw body, checked by @octokit/webhooks-methods), GitLab's `X-Gitlab-Token` (the secret
 * itself, compared in constant time through digests of equal length).
 */
export async function verifyDelivery(
  provider: VcsProvider,
  secret: string,
  headers: DeliveryHeaders,
  body: string,
): Promise<boolean> {
  if (provider === 'GITHUB') {
    const signature = headers['x-hub-signature-256'];
    if (!signature || !body) return false;
    // ESM-only package: loaded with import() (see jest.config.js for the tests).
    const { verify } = await import('@octokit/webhooks-methods');
    return verify(secret, body, signature);
  }
  const token = headers['x-gitlab-token'];
  if (!token) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(token), digest(secret));
}

/** The event name and the host's delivery id (dedupe key), by provider. */
export function deliveryMetaOf(
  provider: VcsProvider,
  headers: DeliveryHeaders,
): { event: string | null; deliveryId: string | null } {
  return provider === 'GITHUB'
    ? { event: headers['x-github-event'] ?? null, deliveryId: headers['x-github-delivery'] ?? null }
    : { event: headers['x-gitlab-event'] ?? null, deliveryId: headers['x-gitlab-event-uuid'] ?? null };
}
