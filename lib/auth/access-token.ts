import { SignJWT, jwtVerify, errors } from 'jose';

const issuer = 'workgraph';
const audience = 'workgraph';
export const defaultAccessTokenTtlSeconds = 15 * 60;
/** The longest lifetime ACCESS_TOKEN_TTL_SECONDS allows; no access token is accepted beyond it. */
export const maxAccessTokenTtlSeconds = 60 * 60;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const keys = new Map<string, Uint8Array>();
const keyOf = (secret: string) => {
  let key = keys.get(secret);
  if (!key) {
    key = new TextEncoder().encode(secret);
    keys.set(secret, key);
  }
  return key;
};

/** A short-lived HS256 JWT whose subject is the user's database id. */
export async function issueAccessToken(
  secret: string,
  userId: string,
  ttlSeconds = defaultAccessTokenTtlSeconds,
): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(keyOf(secret));
  return { token, expiresAt: new Date((now + ttlSeconds) * 1000) };
}

export type AccessTokenCheck =
  { ok: true; userId: string; expiresAt: Date } | { ok: false; reason: 'expired' | 'invalid' };

/**
 * A token is accepted only with every claim Workgraph issues: a user id as subject, an expiry, and
 * an issue time no older than the longest lifetime it issues, so even a token minted by mistake
 * without a sensible expiry stops working within the hour.
 */
export async function verifyAccessToken(secret: string, token: string): Promise<AccessTokenCheck> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer,
      audience,
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'exp', 'iat'],
      maxTokenAge: maxAccessTokenTtlSeconds,
    });
    if (typeof payload.sub !== 'string' || !uuid.test(payload.sub)) return { ok: false, reason: 'invalid' };
    return { ok: true, userId: payload.sub.toLowerCase(), expiresAt: new Date(payload.exp! * 1000) };
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}
