import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { UsersPrisma } from '../db';

export const refreshTokenLifetimeMs = 30 * 24 * 60 * 60 * 1000;
const maxTokenLength = 200;

export function generateRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored: a leaked table does not hand out sessions. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Stores a new token, starting a new rotation family unless one is given. */
export async function issueRefreshToken(
  prisma: Pick<UsersPrisma, 'refreshToken'>,
  userId: string,
  now: Date,
  familyId: string = randomUUID(),
): Promise<string> {
  const token = generateRefreshToken();
  await prisma.refreshToken.create({
    data: {
      userId,
      familyId,
      tokenHash: hashRefreshToken(token),
      expiresAt: new Date(now.getTime() + refreshTokenLifetimeMs),
    },
  });
  return token;
}

export type RotationOutcome =
  { kind: 'rotated'; userId: string; refreshToken: string } | { kind: 'invalid' } | { kind: 'reused' };

/**
 * Single use: the token is claimed with a conditional update, so of two concurrent refreshes exactly
 * one wins and the other counts as reuse. Reuse means the token leaked, so the whole family is revoked;
 * that revocation is committed, not rolled back with an error.
 */
export async function rotateRefreshToken(prisma: UsersPrisma, token: string, now: Date): Promise<RotationOutcome> {
  if (token.length === 0 || token.length > maxTokenLength) return { kind: 'invalid' };
  const tokenHash = hashRefreshToken(token);
  return prisma.$transaction(async (tx): Promise<RotationOutcome> => {
    const row = await tx.refreshToken.findUnique({ where: { tokenHash } });
    if (!row || row.revokedAt || row.expiresAt <= now) return { kind: 'invalid' };
    const claimed = await tx.refreshToken.updateMany({
      where: { id: row.id, usedAt: null, revokedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count === 0) {
      await tx.refreshToken.updateMany({
        where: { familyId: row.familyId, revokedAt: null },
        data: { revokedAt: now },
      });
      return { kind: 'reused' };
    }
    const refreshToken = await issueRefreshToken(tx, row.userId, now, row.familyId);
    return { kind: 'rotated', userId: row.userId, refreshToken };
  });
}

/** Revokes the token's whole family. Unknown tokens are ignored, so the answer reveals nothing. */
export async function revokeRefreshTokenFamily(prisma: UsersPrisma, token: string, now: Date): Promise<void> {
  if (token.length === 0 || token.length > maxTokenLength) return;
  const row = await prisma.refreshToken.findUnique({
    where: { tokenHash: hashRefreshToken(token) },
    select: { familyId: true },
  });
  if (!row) return;
  await prisma.refreshToken.updateMany({
    where: { familyId: row.familyId, revokedAt: null },
    data: { revokedAt: now },
  });
}
