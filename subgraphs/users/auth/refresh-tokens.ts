import { createHash, randomBytes } from 'node:crypto';

export const refreshTokenLifetimeMs = 30 * 24 * 60 * 60 * 1000;
const maxTokenLength = 200;

export function generateRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored: a leaked table does not hand out sessions. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether a token given by a client is worth looking up: neither empty nor longer than any we issue. */
export function mayBeRefreshToken(token: string): boolean {
  return token.length > 0 && token.length <= maxTokenLength;
}

/** When a token issued now stops working. */
export function refreshTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + refreshTokenLifetimeMs);
}

/** Whether a stored token may still start a rotation: it is not revoked and has not expired. */
export function isLiveRefreshToken(row: { revokedAt: Date | null; expiresAt: Date }, now: Date): boolean {
  return !row.revokedAt && row.expiresAt > now;
}

export type RotationOutcome =
  { kind: 'rotated'; userId: string; refreshToken: string } | { kind: 'invalid' } | { kind: 'reused' };
