import { retryAfterMs } from './retry-after';

const now = new Date('2026-03-01T12:00:00Z');

describe('Retry-After', () => {
  it('reads delay-seconds', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs([' 7 '], now)).toBe(7000);
  });

  it('reads an HTTP date as the time until it', () => {
    expect(retryAfterMs('Sun, 01 Mar 2026 13:00:00 GMT', now)).toBe(3_600_000);
  });

  it('ignores a missing, zero, past, negative or unreadable value', () => {
    for (const value of [undefined, '', '0', '-5', '1.5', 'soon', 'Sun, 01 Mar 2026 11:00:00 GMT']) {
      expect(retryAfterMs(value, now)).toBeNull();
    }
  });
});
