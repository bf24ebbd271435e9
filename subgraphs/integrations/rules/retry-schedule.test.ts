import { maxAttempts, nextAttemptAt, retryDelaysMs } from './retry-schedule';

const now = new Date('2026-03-01T00:00:00Z');
const after = (date: Date | null) => (date ? date.getTime() - now.getTime() : null);

describe('the retry schedule', () => {
  it('waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h between ten attempts', () => {
    expect(maxAttempts).toBe(10);
    const hours = retryDelaysMs.slice(1).map((ms) => ms / 3_600_000);
    expect(hours).toEqual([5 / 3600, 5 / 60, 0.5, 2, 5, 10, 14, 20, 24]);
    expect(after(nextAttemptAt(1, now, { random: () => 0.5 }))).toBe(5000);
    expect(after(nextAttemptAt(9, now, { random: () => 0.5 }))).toBe(24 * 3_600_000);
  });

  it('spreads each wait by at most 10 % either way', () => {
    expect(after(nextAttemptAt(2, now, { random: () => 0 }))).toBe(270_000);
    expect(after(nextAttemptAt(2, now, { random: () => 0.999999 }))).toBeCloseTo(330_000, -1);
  });

  it('gives up after the tenth attempt failed', () => {
    expect(nextAttemptAt(10, now)).toBeNull();
  });

  it('waits for a Retry-After later than the schedule, at most 24 hours', () => {
    expect(after(nextAttemptAt(1, now, { random: () => 0.5, retryAfterMs: 60_000 }))).toBe(60_000);
    expect(after(nextAttemptAt(3, now, { random: () => 0.5, retryAfterMs: 60_000 }))).toBe(30 * 60_000);
    expect(after(nextAttemptAt(1, now, { random: () => 0.5, retryAfterMs: 72 * 3_600_000 }))).toBe(24 * 3_600_000);
  });
});
