import {
  generateRefreshToken,
  hashRefreshToken,
  isLiveRefreshToken,
  mayBeRefreshToken,
  refreshTokenExpiry,
  refreshTokenLifetimeMs,
} from './refresh-tokens';

describe('refresh tokens', () => {
  it('are 32 random bytes in base64url', () => {
    const token = generateRefreshToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(generateRefreshToken()).not.toBe(token);
  });

  it('are stored as their SHA-256 in hex', () => {
    expect(hashRefreshToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('are looked up only when neither empty nor longer than 200 characters', () => {
    expect(mayBeRefreshToken(generateRefreshToken())).toBe(true);
    expect(mayBeRefreshToken('x'.repeat(200))).toBe(true);
    expect(mayBeRefreshToken('')).toBe(false);
    expect(mayBeRefreshToken('x'.repeat(201))).toBe(false);
  });

  it('last 30 days from issue', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(refreshTokenExpiry(now)).toEqual(new Date('2030-01-31T00:00:00Z'));
    expect(refreshTokenLifetimeMs).toBe(30 * 24 * 60 * 60 * 1000);
  });

  it('may start a rotation only while neither revoked nor expired', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const later = new Date(now.getTime() + 1);
    expect(isLiveRefreshToken({ revokedAt: null, expiresAt: later }, now)).toBe(true);
    expect(isLiveRefreshToken({ revokedAt: now, expiresAt: later }, now)).toBe(false);
    expect(isLiveRefreshToken({ revokedAt: null, expiresAt: now }, now)).toBe(false);
  });
});
