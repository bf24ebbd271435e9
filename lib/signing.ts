import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const signatureHeaders = {
  timestamp: 'x-workgraph-timestamp',
  nonce: 'x-workgraph-nonce',
  signature: 'x-workgraph-signature',
  userId: 'x-workgraph-user-id',
  clientAddress: 'x-workgraph-client-address',
} as const;

export const maxSignatureAgeMs = 60_000;

/** What a signature covers: the whole request as the subgraph receives it, and who it is for. */
export interface SignedRequest {
  method: string;
  /** The request-target: path and query string, exactly as sent (`/graphql`, `/graphql?query=…`). */
  target: string;
  body: string;
  /** The user id the router vouches for, `service:<name>` for a service, or null for anonymous. */
  caller: string | null;
  /** The end client's address as the router saw it, for per-client limits; null for services. */
  clientAddress?: string | null;
}

// Every part a replay or a forgery could change is in the signed text: the method and target (so a
// signed POST cannot be replayed as a GET with another query string), the caller and their address,
// the body, and a timestamp and nonce that the subgraph checks for freshness and single use.
function digest(secret: string, timestamp: string, nonce: string, request: SignedRequest): string {
  return createHmac('sha256', secret)
    .update(
      [
        'v2',
        timestamp,
        nonce,
        request.method.toUpperCase(),
        request.target,
        request.caller ?? '',
        request.clientAddress ?? '',
        request.body,
      ].join('\n'),
    )
    .digest('hex');
}

/** Headers that let a subgraph trust a request: who, from where, when, a single-use nonce, and an HMAC over all of it. */
export function signRequest(secret: string, request: SignedRequest, now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  const nonce = randomBytes(16).toString('hex');
  return {
    [signatureHeaders.timestamp]: timestamp,
    [signatureHeaders.nonce]: nonce,
    [signatureHeaders.userId]: request.caller ?? '',
    [signatureHeaders.clientAddress]: request.clientAddress ?? '',
    [signatureHeaders.signature]: digest(secret, timestamp, nonce, request),
  };
}

/** The request-target of a URL: its path and query string. */
export const targetOf = (url: string): string => {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
};

/** Headers for a signed JSON POST to a subgraph URL, as the router and services send it. */
export function signedPostHeaders(
  secret: string,
  url: string,
  body: string,
  caller: string | null,
  clientAddress: string | null = null,
): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...signRequest(secret, { method: 'POST', target: targetOf(url), body, caller, clientAddress }),
  };
}

export type SignatureCheck =
  | { ok: true; caller: string | null; clientAddress: string | null; nonce: string; timestamp: number }
  | { ok: false; reason: string };

export function verifyRequest(
  secret: string,
  request: Omit<SignedRequest, 'caller' | 'clientAddress'> & { headers: Record<string, string | string[] | undefined> },
  now = Date.now(),
): SignatureCheck {
  const one = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const timestamp = one(signatureHeaders.timestamp);
  const nonce = one(signatureHeaders.nonce);
  const signature = one(signatureHeaders.signature);
  const caller = one(signatureHeaders.userId) ?? '';
  const clientAddress = one(signatureHeaders.clientAddress) ?? '';
  if (!timestamp || !signature || !nonce) return { ok: false, reason: 'missing signature' };
  const age = now - Number(timestamp);
  if (!/^\d+$/.test(timestamp) || Math.abs(age) > maxSignatureAgeMs) return { ok: false, reason: 'stale signature' };
  if (!/^[0-9a-f]{32}$/.test(nonce)) return { ok: false, reason: 'malformed nonce' };
  const expected = Buffer.from(digest(secret, timestamp, nonce, { ...request, caller, clientAddress }), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad signature' };
  }
  return {
    ok: true,
    caller: caller || null,
    clientAddress: clientAddress || null,
    nonce,
    timestamp: Number(timestamp),
  };
}
