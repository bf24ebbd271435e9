import { chartLinkExpiry } from './chart-link';

describe('chartLinkExpiry', () => {
  const now = Date.UTC(2026, 0, 1);
  const nowSeconds = now / 1000;

  test('defaults to 7 days and accepts 60 s to 30 days', () => {
    expect(chartLinkExpiry(undefined, now)).toBe(nowSeconds + 7 * 24 * 3600);
    expect(chartLinkExpiry(null, now)).toBe(nowSeconds + 7 * 24 * 3600);
    expect(chartLinkExpiry(60, now)).toBe(nowSeconds + 60);
    expect(chartLinkExpiry(30 * 24 * 3600, now)).toBe(nowSeconds + 30 * 24 * 3600);
  });

  test.each([0, 59, -5, 30 * 24 * 3600 + 1])('refuses %p seconds as BAD_USER_INPUT', (seconds) => {
    expect(() => chartLinkExpiry(seconds, now)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'expiresInSeconds' } }),
    );
  });
});
