import type { UsersPrisma } from '../db';
import { hashRefreshToken, isLiveRefreshToken, mayBeRefreshToken, type RotationOutcome } from '../auth/refresh-tokens';
import { issueRefreshToken } from './issue-refresh-token';

/**
 * Single use, in its own transaction: the token is claimed with a conditional update, so of two
 * concurrent refreshes exactly one wins and the other counts as reuse. Reuse means the token
 * leaked, so the whole family is revoked; that revocation is committed, not rolled back with an error.
 */
export async function rotateRefreshToken(prisma: UsersPrisma, token: string, now: Date): Promise<RotationOutcome> {
  if (!mayBeRefreshToken(token)) return { kind: 'invalid' };
  const tokenHash = hashRefreshToken(token);
  return prisma.$transaction(async (tx): Promise<RotationOutcome> => {
    const row = await tx.refreshToken.findUnique({ where: { tokenHash } });
    if (!row || !isLiveRefreshToken(row, now)) return { kind: 'invalid' };
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
