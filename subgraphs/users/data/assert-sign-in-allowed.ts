import type { UsersPrisma } from '../db';
import { signInRefusal, throttleKeys, type SignInAttempt, type SignInLimits } from '../auth/login-throttle';

/** TOO_MANY_REQUESTS when the attempt's counters say it may not try now (`signInRefusal`). Reads only. */
export async function assertSignInAllowed(
  prisma: UsersPrisma,
  attempt: SignInAttempt,
  limits: SignInLimits,
  now: Date,
): Promise<void> {
  const keys = throttleKeys(attempt);
  const [counters, known] = await Promise.all([
    prisma.loginThrottle.findMany({ where: { emailHash: { in: [keys.pair, keys.address, keys.account] } } }),
    prisma.knownSignInClient.findUnique({ where: { pairHash: keys.pair } }),
  ]);
  const refusal = signInRefusal(keys, counters, known?.lastSucceededAt ?? null, limits, now);
  if (refusal) throw refusal;
}
