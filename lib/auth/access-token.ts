import { SignJWT, jwtVerify, errors } from 'jose';

const issuer = 'workgraph';
const audience = 'workgraph';
export const defaultAccessTokenTtlSeconds = 15 * 60;

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
  { ok: true; userId: string; expiresAt: Date | null } | { ok: false; reason: 'expired' | 'invalid' };

export async function verifyAccessToken(secret: string, token: string): Promise<AccessTokenCheck> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { issuer, audience, algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string' || !payload.sub) return { ok: false, reason: 'invalid' };
    const expiresAt = typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : null;
    return { ok: true, userId: payload.sub, expiresAt };
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}
