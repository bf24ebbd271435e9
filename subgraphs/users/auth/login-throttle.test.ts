import { blockSecondsAfter, defaultSignInLimits, throttleKeys, tooManyAttempts } from './login-throttle';

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
