import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { issueAccessToken, maxAccessTokenTtlSeconds, verifyAccessToken } from './access-token';

const secret = 'k'.repeat(40);
const key = new TextEncoder().encode(secret);
const now = () => Math.floor(Date.now() / 1000);

/** A token signed with the right key but claims of the test's choosing. */
function forge(claims: { sub?: string; exp?: number; iat?: number }) {
  const jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer('workgraph').setAudience('workgraph');
  if (claims.sub !== undefined) jwt.setSubject(claims.sub);
  if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
  return jwt.sign(key);
}

describe('access tokens', () => {
  it('carry the user id and their expiry', async () => {
    const userId = randomUUID();
    const { token, expiresAt } = await issueAccessToken(secret, userId, 60);
    expect(await verifyAccessToken(secret, token)).toEqual({ ok: true, userId, expiresAt });
  });

  it('are refused without an expiry, even when correctly signed', async () => {
    const token = await forge({ sub: randomUUID(), iat: now() });
    expect(await verifyAccessToken(secret, token)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('are refused without an issue time', async () => {
    const token = await forge({ sub: randomUUID(), exp: now() + 60 });
    expect(await verifyAccessToken(secret, token)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('are refused once older than the longest lifetime Workgraph issues, whatever their expiry says', async () => {
    const token = await forge({ sub: randomUUID(), iat: now() - maxAccessTokenTtlSeconds - 60, exp: now() + 86_400 });
    expect(await verifyAccessToken(secret, token)).toMatchObject({ ok: false });
  });

  it('are refused when the subject is not a user id', async () => {
    for (const sub of ['user-7', '', 'service:projects', `${randomUUID()}x`, "' OR 1=1 --"]) {
      const token = await forge({ sub, iat: now(), exp: now() + 60 });
      expect(await verifyAccessToken(secret, token)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('name the user in lower case, so one user is one rate-limit and connection key', async () => {
    const userId = randomUUID();
    const token = await forge({ sub: userId.toUpperCase(), iat: now(), exp: now() + 60 });
    expect(await verifyAccessToken(secret, token)).toMatchObject({ ok: true, userId });
  });
});
