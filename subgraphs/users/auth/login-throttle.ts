import { createHash } from 'node:crypto';
import { AppError, ErrorCode } from '../../../lib/errors';
import type { UsersPrisma } from '../context';

export const freeFailures = 5;
export const failureWindowMs = 15 * 60 * 1000;
export const maxBlockSeconds = 15 * 60;

/** Keyed by the email, not the account, so throttling reveals nothing about which accounts exist. */
export function throttleKey(normalisedEmail: string): string {
  return createHash('sha256').update(normalisedEmail).digest('hex');
}

/** How long sign-in stays blocked after this many failures in the window: 1s, 2s, 4s, ... up to 15 minutes. */
export function blockSecondsAfter(failures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(2 ** (failures - freeFailures), maxBlockSeconds);
}

export function tooManyAttempts(retryAfterSeconds: number): AppError {
  return new AppError(ErrorCode.TooManyRequests, 'Too many failed sign-in attempts. Try again later.', {
    retryAfterSeconds,
  });
}

export async function assertSignInAllowed(prisma: UsersPrisma, key: string, now: Date): Promise<void> {
  const row = await prisma.loginThrottle.findUnique({ where: { emailHash: key } });
  if (row?.blockedUntil && row.blockedUntil > now) {
    throw tooManyAttempts(Math.max(1, Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000)));
  }
}

/** Counts a failure atomically (concurrent failures all count), restarting the count after a quiet window. */
export async function recordSignInFailure(prisma: UsersPrisma, key: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - failureWindowMs);
  const rows = await prisma.$queryRaw<{ failures: number }[]>`
    INSERT INTO "users"."login_throttle" (email_hash, failures, last_failed_at, blocked_until)
    VALUES (${key}, 1, ${now}, NULL)
    ON CONFLICT (email_hash) DO UPDATE SET
      failures = CASE WHEN "login_throttle".last_failed_at < ${windowStart} THEN 1 ELSE "login_throttle".failures + 1 END,
      last_failed_at = EXCLUDED.last_failed_at
    RETURNING failures`;
  const seconds = blockSecondsAfter(Number(rows[0]?.failures ?? 1));
  if (seconds > 0) {
    await prisma.loginThrottle.update({
      where: { emailHash: key },
      data: { blockedUntil: new Date(now.getTime() + seconds * 1000) },
    });
  }
}

export async function clearSignInFailures(prisma: UsersPrisma, key: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { emailHash: key } });
}
