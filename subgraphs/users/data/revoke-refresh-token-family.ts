import type { UsersPrisma } from '../db';
import { hashRefreshToken, mayBeRefreshToken } from '../auth/refresh-tokens';

/**
 * Revokes the token's whole family. Unknown tokens are ignored, so the answer reveals nothing.
 * A read, then one UPDATE: no transaction needed (a token revoked in between stays revoked).
 */
export async function revokeRefreshTokenFamily(prisma: UsersPrisma, token: string, now: Date): Promise<void> {
  if (!mayBeRefreshToken(token)) return;
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
