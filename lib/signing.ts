import { createHmac, timingSafeEqual } from 'node:crypto';

export const signatureHeaders = {
  timestamp: 'x-workgraph-timestamp',
  signature: 'x-workgraph-signature',
  userId: 'x-workgraph-user-id',
} as const;

export const maxSignatureAgeMs = 60_000;

// The caller's identity is part of the signed text: a signed body cannot be replayed as someone else.
function digest(secret: string, timestamp: string, userId: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${userId}\n${body}`).digest('hex');
}

/** Headers that let a subgraph trust a request: who the caller is, when, and an HMAC over both and the body. */
export function signRequest(secret: string, body: string, userId: string | null, now = Date.now()) {
  const timestamp = String(now);
  return {
    [signatureHeaders.timestamp]: timestamp,
    [signatureHeaders.userId]: userId ?? '',
    [signatureHeaders.signature]: digest(secret, timestamp, userId ?? '', body),
  };
}

export type SignatureCheck = { ok: true; userId: string | null } | { ok: false; reason: string };

export function verifyRequest(
  secret: string,
  body: string,
  headers: Record<string, string | string[] | undefined>,
  now = Date.now(),
): SignatureCheck {
  const one = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const timestamp = one(signatureHeaders.timestamp);
  const signature = one(signatureHeaders.signature);
  const userId = one(signatureHeaders.userId) ?? '';
  if (!timestamp || !signature) return { ok: false, reason: 'missing signature' };
  const age = now - Number(timestamp);
  if (!/^\d+$/.test(timestamp) || Math.abs(age) > maxSignatureAgeMs) return { ok: false, reason: 'stale signature' };
  const expected = Buffer.from(digest(secret, timestamp, userId, body), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad signature' };
  }
  return { ok: true, userId: userId || null };
}
