import { randomUUID } from 'node:crypto';
import type { UsersPrisma } from '../db';
import { generateRefreshToken, hashRefreshToken, refreshTokenExpiry } from '../auth/refresh-tokens';

/** Stores a new token, starting a new rotation family unless one is given. One INSERT: no transaction needed. */
export async function issueRefreshToken(
  prisma: Pick<UsersPrisma, 'refreshToken'>,
  userId: string,
  now: Date,
  familyId: string = randomUUID(),
): Promise<string> {
  const token = generateRefreshToken();
  await prisma.refreshToken.create({
    data: { userId, familyId, tokenHash: hashRefreshToken(token), expiresAt: refreshTokenExpiry(now) },
  });
  return token;
}
