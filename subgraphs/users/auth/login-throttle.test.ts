import { blockSecondsAfter, throttleKey, tooManyAttempts } from './login-throttle';

describe('login throttle', () => {
  it('lets four failures through, then backs off exponentially up to 15 minutes', () => {
    expect([1, 4].map(blockSecondsAfter)).toEqual([0, 0]);
    expect([5, 6, 7, 10].map(blockSecondsAfter)).toEqual([1, 2, 4, 32]);
    expect(blockSecondsAfter(14)).toBe(512);
    expect(blockSecondsAfter(15)).toBe(900);
    expect(blockSecondsAfter(60)).toBe(900);
  });

  it('keys by a hash of the email, never the email itself', () => {
    const key = throttleKey('ada@example.com');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('ada');
    expect(throttleKey('ada@example.com')).toBe(key);
  });

  it('tells the client when to retry', () => {
    const error = tooManyAttempts(8);
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.details).toEqual({ retryAfterSeconds: 8 });
  });
});
