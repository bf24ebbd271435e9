import { createHash } from 'node:crypto';
import { AppError, ErrorCode } from '../../../lib/errors';

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

export type ThrottleKeys = ReturnType<typeof throttleKeys>;

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

/** One failure counter as stored, under one of the attempt's keys. */
export interface ThrottleCounter {
  emailHash: string;
  failures: number;
  lastFailedAt: Date;
  blockedUntil: Date | null;
}

const secondsUntil = (moment: Date, now: Date) => Math.max(1, Math.ceil((moment.getTime() - now.getTime()) / 1000));

/**
 * Why an attempt may not try now, or null: its pair or its address is blocked, or its account is
 * past the failure ceiling in the current window and the client has not signed in to it lately
 * (`lastSucceededAt` of the pair, null for a stranger).
 */
export function signInRefusal(
  keys: ThrottleKeys,
  counters: ThrottleCounter[],
  lastSucceededAt: Date | null,
  limits: SignInLimits,
  now: Date,
): AppError | null {
  const byKey = new Map(counters.map((counter) => [counter.emailHash, counter]));
  for (const key of [keys.pair, keys.address]) {
    const blockedUntil = byKey.get(key)?.blockedUntil;
    if (blockedUntil && blockedUntil > now) return tooManyAttempts(secondsUntil(blockedUntil, now));
  }
  const account = byKey.get(keys.account);
  if (!account) return null;
  const accountWindowEnds = new Date(account.lastFailedAt.getTime() + failureWindowMs);
  const isKnown = !!lastSucceededAt && lastSucceededAt.getTime() > now.getTime() - knownClientMs;
  if (accountWindowEnds > now && account.failures >= limits.accountFailureCeiling && !isKnown) {
    return tooManyAttempts(secondsUntil(accountWindowEnds, now));
  }
  return null;
}

/**
 * The blocks a failure sets, given each key's count after it (a key with no count has its first):
 * the pair past its free failures, the address past the address limit; never the account.
 */
export function blocksAfterFailure(
  keys: ThrottleKeys,
  failuresOf: (key: string) => number | undefined,
  limits: SignInLimits,
  now: Date,
): { key: string; blockedUntil: Date }[] {
  return [
    { key: keys.pair, seconds: blockSecondsAfter(failuresOf(keys.pair) ?? 1) },
    { key: keys.address, seconds: blockSecondsAfter(failuresOf(keys.address) ?? 1, limits.freeAddressFailures) },
  ]
    .filter((block) => block.seconds > 0)
    .map((block) => ({ key: block.key, blockedUntil: new Date(now.getTime() + block.seconds * 1000) }));
}
