import { createHmac, timingSafeEqual } from 'node:crypto';

// Tokens that carry a small payload and prove it was issued by a service holding the signing
// secret: `<base64url(payload)>.<base64url(HMAC-SHA256)>`, each purpose with a key of its own
// derived from the secret, so a token for one purpose is worthless for another.

const keyFor = (signingSecret: string, purpose: string): Buffer =>
  createHmac('sha256', signingSecret).update(purpose).digest();

/** HMAC-SHA256 of `payload` with the key derived from the signing secret for `purpose`. */
export const macOf = (signingSecret: string, purpose: string, payload: string): Buffer =>
  createHmac('sha256', keyFor(signingSecret, purpose)).update(payload).digest();

/** Whether `given` is the MAC of `payload` for `purpose`, compared in constant time. */
export function isMacOf(signingSecret: string, purpose: string, payload: string, given: Buffer): boolean {
  const expected = macOf(signingSecret, purpose, payload);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function signToken(signingSecret: string, purpose: string, payload: string): string {
  return `${Buffer.from(payload).toString('base64url')}.${macOf(signingSecret, purpose, payload).toString('base64url')}`;
}

/** The payload of a well-formed token signed for `purpose`; null for anything else. */
export function verifyToken(signingSecret: string, purpose: string, token: string, maxLength = 300): string | null {
  if (typeof token !== 'string' || token.length > maxLength) return null;
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token.trim());
  if (!match) return null;
  const payload = Buffer.from(match[1]!, 'base64url').toString('utf8');
  return isMacOf(signingSecret, purpose, payload, Buffer.from(match[2]!, 'base64url')) ? payload : null;
}
