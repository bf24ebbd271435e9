import { fieldOf } from '../../../tests/testkit/field-of';
import { checkReleaseDates, isOverdue, percentDone, validateReleaseDescription, validateReleaseName } from './releases';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('release rules', () => {
  it('trims names and refuses empty or overlong ones on input.name', () => {
    expect(validateReleaseName('  2.4 ')).toBe('2.4');
    expect(fieldOf(() => validateReleaseName('   '))).toBe('input.name');
    expect(fieldOf(() => validateReleaseName('x'.repeat(101)))).toBe('input.name');
    expect(fieldOf(() => validateReleaseDescription('x'.repeat(10_001)))).toBe('input.description');
  });

  it('refuses a release date before the start date, and takes either alone', () => {
    expect(fieldOf(() => checkReleaseDates(day('2026-03-02'), day('2026-03-01')))).toBe('input.releaseDate');
    expect(() => checkReleaseDates(day('2026-03-01'), day('2026-03-01'))).not.toThrow();
    expect(() => checkReleaseDates(null, day('2026-03-01'))).not.toThrow();
  });

  it('is overdue once its release day has ended unreleased', () => {
    const release = { releaseDate: day('2026-03-01'), releasedAt: null };
    expect(isOverdue(release, new Date('2026-03-01T23:59:59Z'))).toBe(false);
    expect(isOverdue(release, new Date('2026-03-02T00:00:00Z'))).toBe(true);
    expect(isOverdue({ ...release, releasedAt: new Date('2026-03-03T00:00:00Z') }, new Date('2026-03-04'))).toBe(false);
    expect(isOverdue({ releaseDate: null, releasedAt: null }, new Date())).toBe(false);
  });

  it('counts done items against those not canceled', () => {
    expect(percentDone({ itemCount: 4, doneCount: 1, canceledCount: 1 })).toBe(33.3);
    expect(percentDone({ itemCount: 2, doneCount: 0, canceledCount: 2 })).toBe(0);
    expect(percentDone({ itemCount: 0, doneCount: 0, canceledCount: 0 })).toBe(0);
  });
});
