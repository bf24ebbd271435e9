import {
  blockSecondsAfter,
  blocksAfterFailure,
  defaultSignInLimits,
  failureWindowMs,
  knownClientMs,
  signInRefusal,
  throttleKeys,
  tooManyAttempts,
  type ThrottleCounter,
} from './login-throttle';

describe('login throttle', () => {
  it('lets four failures through, then backs off exponentially up to 15 minutes', () => {
    expect([1, 4].map((failures) => blockSecondsAfter(failures))).toEqual([0, 0]);
    expect([5, 6, 7, 10].map((failures) => blockSecondsAfter(failures))).toEqual([1, 2, 4, 32]);
    expect(blockSecondsAfter(14)).toBe(512);
    expect(blockSecondsAfter(15)).toBe(900);
    expect(blockSecondsAfter(60)).toBe(900);
  });

  it('lets an address fail a hundred times across accounts before slowing it down', () => {
    const free = defaultSignInLimits.freeAddressFailures;
    expect(free).toBe(100);
    expect(blockSecondsAfter(free - 1, free)).toBe(0);
    expect(blockSecondsAfter(free, free)).toBe(1);
  });

  it('keys by hashes of the email and the address, never the email or address themselves', () => {
    const keys = throttleKeys({ email: 'ada@example.com', clientAddress: '203.0.113.7' });
    for (const key of Object.values(keys)) {
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(key).not.toContain('ada');
      expect(key).not.toContain('203');
    }
    expect(new Set(Object.values(keys)).size).toBe(3);
    expect(throttleKeys({ email: 'ada@example.com', clientAddress: '203.0.113.7' })).toEqual(keys);
  });

  it('gives two clients of one account different pair keys but the same account key', () => {
    const home = throttleKeys({ email: 'ada@example.com', clientAddress: '203.0.113.7' });
    const stranger = throttleKeys({ email: 'ada@example.com', clientAddress: '198.51.100.9' });
    expect(stranger.pair).not.toBe(home.pair);
    expect(stranger.address).not.toBe(home.address);
    expect(stranger.account).toBe(home.account);
  });

  it('tells the client when to retry', () => {
    const error = tooManyAttempts(8);
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.details).toEqual({ retryAfterSeconds: 8 });
  });
});

describe('signInRefusal', () => {
  const now = new Date('2030-01-01T12:00:00Z');
  const keys = throttleKeys({ email: 'ada@example.com', clientAddress: '203.0.113.7' });
  const limits = { freeAddressFailures: 100, accountFailureCeiling: 3 };
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const counter = (emailHash: string, over: Partial<ThrottleCounter> = {}): ThrottleCounter => ({
    emailHash,
    failures: 1,
    lastFailedAt: ago(1000),
    blockedUntil: null,
    ...over,
  });

  it('lets an attempt with no counters try', () => {
    expect(signInRefusal(keys, [], null, limits, now)).toBeNull();
  });

  it('refuses while the pair or the address is blocked, telling the whole seconds left, at least one', () => {
    const pair = signInRefusal(
      keys,
      [counter(keys.pair, { blockedUntil: new Date(now.getTime() + 7500) })],
      null,
      limits,
      now,
    );
    expect(pair?.details).toEqual({ retryAfterSeconds: 8 });
    const address = signInRefusal(
      keys,
      [counter(keys.address, { blockedUntil: new Date(now.getTime() + 10) })],
      null,
      limits,
      now,
    );
    expect(address?.details).toEqual({ retryAfterSeconds: 1 });
  });

  it('lets the attempt try once a block has passed', () => {
    expect(signInRefusal(keys, [counter(keys.pair, { blockedUntil: now })], null, limits, now)).toBeNull();
  });

  it('refuses a stranger when the account is at its failure ceiling within the window, until the window ends', () => {
    const account = counter(keys.account, { failures: 3, lastFailedAt: ago(60_000) });
    const refusal = signInRefusal(keys, [account], null, limits, now);
    expect(refusal?.code).toBe('TOO_MANY_REQUESTS');
    expect(refusal?.details).toEqual({ retryAfterSeconds: failureWindowMs / 1000 - 60 });
  });

  it('lets a stranger try below the ceiling, or after the window', () => {
    expect(signInRefusal(keys, [counter(keys.account, { failures: 2 })], null, limits, now)).toBeNull();
    const old = counter(keys.account, { failures: 9, lastFailedAt: ago(failureWindowMs) });
    expect(signInRefusal(keys, [old], null, limits, now)).toBeNull();
  });

  it('lets a client that signed in to the account within 90 days try past the ceiling, but not one from longer ago', () => {
    const account = counter(keys.account, { failures: 9 });
    expect(signInRefusal(keys, [account], ago(knownClientMs - 1000), limits, now)).toBeNull();
    expect(signInRefusal(keys, [account], ago(knownClientMs), limits, now)).not.toBeNull();
  });

  it('answers with a block of the pair before looking at the account', () => {
    const counters = [
      counter(keys.account, { failures: 9 }),
      counter(keys.pair, { blockedUntil: new Date(now.getTime() + 2000) }),
    ];
    expect(signInRefusal(keys, counters, null, limits, now)?.details).toEqual({ retryAfterSeconds: 2 });
  });
});

describe('blocksAfterFailure', () => {
  const now = new Date('2030-01-01T12:00:00Z');
  const keys = throttleKeys({ email: 'ada@example.com', clientAddress: '203.0.113.7' });
  const limits = { freeAddressFailures: 10, accountFailureCeiling: 50 };
  const counts = (counts: Record<string, number>) => (key: string) => counts[key];

  it('blocks nothing while the pair and the address have free failures left, nor for a count it did not get', () => {
    expect(blocksAfterFailure(keys, counts({ [keys.pair]: 4, [keys.address]: 9 }), limits, now)).toEqual([]);
    expect(blocksAfterFailure(keys, counts({}), limits, now)).toEqual([]);
  });

  it('blocks the pair from its fifth failure and the address from its limit, never the account', () => {
    const blocks = blocksAfterFailure(
      keys,
      counts({ [keys.pair]: 6, [keys.address]: 10, [keys.account]: 99 }),
      limits,
      now,
    );
    expect(blocks).toEqual([
      { key: keys.pair, blockedUntil: new Date(now.getTime() + 2000) },
      { key: keys.address, blockedUntil: new Date(now.getTime() + 1000) },
    ]);
  });
});
