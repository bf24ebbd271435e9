import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { UsersPrisma } from '../db';
import {
  blocksAfterFailure,
  failureWindowMs,
  throttleKeys,
  type SignInAttempt,
  type SignInLimits,
} from '../auth/login-throttle';

const FailureCountRow = z.object({ email_hash: z.string(), failures: z.number() });

/**
 * Counts a failure for the pair, the address and the account at once (one upsert, so concurrent
 * failures all count), restarting each count after a quiet window, then sets the blocks
 * `blocksAfterFailure` asks for. No transaction: each statement stands on its own.
 */
export async function recordSignInFailure(
  prisma: UsersPrisma,
  attempt: SignInAttempt,
  limits: SignInLimits,
  now: Date,
): Promise<void> {
  const keys = throttleKeys(attempt);
  const windowStart = new Date(now.getTime() - failureWindowMs);
  const rows = parseRows(
    'recordSignInFailure',
    FailureCountRow,
    await prisma.$queryRaw`
      INSERT INTO users.login_throttle (email_hash, failures, last_failed_at, blocked_until)
      VALUES (${keys.pair}, 1, ${now}, NULL), (${keys.address}, 1, ${now}, NULL), (${keys.account}, 1, ${now}, NULL)
      ON CONFLICT (email_hash) DO UPDATE SET
        failures = CASE WHEN login_throttle.last_failed_at < ${windowStart} THEN 1 ELSE login_throttle.failures + 1 END,
        last_failed_at = EXCLUDED.last_failed_at
      RETURNING email_hash, failures`,
  );
  const failuresOf = (key: string) => rows.find((row) => row.email_hash === key)?.failures;
  for (const block of blocksAfterFailure(keys, failuresOf, limits, now)) {
    await prisma.loginThrottle.update({ where: { emailHash: block.key }, data: { blockedUntil: block.blockedUntil } });
  }
}
