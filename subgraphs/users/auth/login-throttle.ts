import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError, ErrorCode } from '../../../lib/errors';
import { parseRows } from '../../../lib/db/parse-rows';
import type { UsersPrisma } from '../db';

/** Failures allowed to one client on one account before each further one blocks that pair for a while. */
export const freeFailures = 5;

export interface SignInLimits {
  /** Failures allowed to one client address across all accounts (password spraying) before it is slowed down. */
  freeAddressFailures: number;
  /**
   * Failures an account may take from all clients together in a window (distributed guessing);
   * beyond it, only clients that have signed in to the account before may try, so strangers never
   * lock out the owner and guessing from new addresses stops.
   */
  accountFailureCeiling: number;
}

export const defaultSignInLimits: SignInLimits = { freeAddressFailures: 100, accountFailureCeiling: 50 };

export const failureWindowMs = 15 * 60 * 1000;
export const maxBlockSeconds = 15 * 60;
/** A client that signed in to an account within this long counts as known to it. */
export const knownClientMs = 90 * 24 * 60 * 60 * 1000;

/** Who is trying to sign in: the email typed and the client's address as the router saw it. */
export interface SignInAttempt {
  email: string;
  clientAddress: string | null;
}

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex');

/**
 * Counter keys, hashed so the table holds neither emails nor addresses, and keyed by the email
 * rather than the account so throttling reveals nothing about which accounts exist.
 */
export function throttleKeys(attempt: SignInAttempt) {
  const address = attempt.clientAddress ?? '';
  return {
    pair: hash('pair', attempt.email, address),
    address: hash('address', address),
    account: hash('account', attempt.email),
  };
}

/** How long a pair (or an address) stays blocked after this many failures: 1s, 2s, 4s, ... up to 15 minutes. */
export function blockSecondsAfter(failures: number, free = freeFailures): number {
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free), maxBlockSeconds);
}

export function tooManyAttempts(retryAfterSeconds: number): AppError {
  return new AppError(ErrorCode.TooManyRequests, 'Too many failed sign-in attempts. Try again later.', {
    retryAfterSeconds,
  });
}

interface ThrottleRow {
  emailHash: string;
  failures: number;
  lastFailedAt: Date;
  blockedUntil: Date | null;
}

const secondsUntil = (moment: Date, now: Date) => Math.max(1, Math.ceil((moment.getTime() - now.getTime()) / 1000));

export async function assertSignInAllowed(
  prisma: UsersPrisma,
  attempt: SignInAttempt,
  limits: SignInLimits,
  now: Date,
): Promise<void> {
  const keys = throttleKeys(attempt);
  const [rows, known] = await Promise.all([
    prisma.loginThrottle.findMany({ where: { emailHash: { in: [keys.pair, keys.address, keys.account] } } }),
    prisma.knownSignInClient.findUnique({ where: { pairHash: keys.pair } }),
  ]);
  const byKey = new Map<string, ThrottleRow>(rows.map((row) => [row.emailHash, row]));
  for (const key of [keys.pair, keys.address]) {
    const blockedUntil = byKey.get(key)?.blockedUntil;
    if (blockedUntil && blockedUntil > now) throw tooManyAttempts(secondsUntil(blockedUntil, now));
  }
  const account = byKey.get(keys.account);
  const accountWindowEnds = account && new Date(account.lastFailedAt.getTime() + failureWindowMs);
  const isKnown = !!known && known.lastSucceededAt.getTime() > now.getTime() - knownClientMs;
  if (account && accountWindowEnds! > now && account.failures >= limits.accountFailureCeiling && !isKnown) {
    throw tooManyAttempts(secondsUntil(accountWindowEnds!, now));
  }
}

const FailureCountRow = z.object({ email_hash: z.string(), failures: z.number() });

/**
 * Counts a failure for the pair, the address and the account at once (concurrent failures all
 * count), restarting each count after a quiet window, and blocks the pair or the address when
 * their count is past its free failures.
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
  const failuresOf = (key: string) => rows.find((row) => row.email_hash === key)?.failures ?? 1;
  const blocks = [
    { key: keys.pair, seconds: blockSecondsAfter(failuresOf(keys.pair)) },
    { key: keys.address, seconds: blockSecondsAfter(failuresOf(keys.address), limits.freeAddressFailures) },
  ].filter((block) => block.seconds > 0);
  for (const block of blocks) {
    await prisma.loginThrottle.update({
      where: { emailHash: block.key },
      data: { blockedUntil: new Date(now.getTime() + block.seconds * 1000) },
    });
  }
}

/** A success clears the pair's failures and makes the client known to the account; the account's count stands. */
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
