import type { UsersPrisma } from '../db';
import { throttleKeys, type SignInAttempt } from '../auth/login-throttle';

/**
 * A success clears the pair's failures and makes the client known to the account, in one
 * transaction; the account's count stands.
 */
export async function recordSignInSuccess(prisma: UsersPrisma, attempt: SignInAttempt, now: Date): Promise<void> {
  const { pair } = throttleKeys(attempt);
  await prisma.$transaction([
    prisma.loginThrottle.deleteMany({ where: { emailHash: pair } }),
    prisma.knownSignInClient.upsert({
      where: { pairHash: pair },
      create: { pairHash: pair, lastSucceededAt: now },
      update: { lastSucceededAt: now },
    }),
  ]);
}
