import { fieldOf } from '../../../tests/testkit/field-of';
import {
  daysOfRange,
  remainingMinutes,
  utcDay,
  validateDayRange,
  validateMinutes,
  validateTimeEstimate,
  validateWorkDay,
  validateWorklogNote,
} from './worklogs';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('worklog rules', () => {
  it('takes whole minutes from one to a day and refuses the rest on input.minutes', () => {
    expect(validateMinutes(1)).toBe(1);
    expect(validateMinutes(1440)).toBe(1440);
    for (const bad of [0, -5, 1441, 1.5, Number.NaN]) expect(fieldOf(() => validateMinutes(bad))).toBe('input.minutes');
  });

  it('takes days from 2000-01-01 to tomorrow in UTC, as someone ahead of UTC is already there', () => {
    const now = new Date('2026-12-06T23:30:00Z');
    expect(validateWorkDay(day('2000-01-01'), now)).toEqual(day('2000-01-01'));
    expect(validateWorkDay(day('2026-12-07'), now)).toEqual(day('2026-12-07'));
    expect(fieldOf(() => validateWorkDay(day('2026-12-08'), now))).toBe('input.day');
    expect(fieldOf(() => validateWorkDay(day('1999-12-31'), now))).toBe('input.day');
  });

  it('trims notes and refuses one past 2,000 characters', () => {
    expect(validateWorklogNote('  reviewed  ')).toBe('reviewed');
    expect(fieldOf(() => validateWorklogNote('x'.repeat(2001)))).toBe('input.note');
  });

  it('takes time estimates of whole minutes up to a million', () => {
    expect(validateTimeEstimate(0)).toBe(0);
    expect(validateTimeEstimate(1_000_000)).toBe(1_000_000);
    for (const bad of [-1, 1_000_001, 2.5]) {
      expect(fieldOf(() => validateTimeEstimate(bad))).toBe('input.timeEstimateMinutes');
    }
  });

  it('counts a range with both ends and refuses one that ends first or runs too long on its end', () => {
    expect(validateDayRange(day('2026-03-01'), day('2026-03-01'), 1, 'filter')).toEqual({
      from: day('2026-03-01'),
      to: day('2026-03-01'),
    });
    expect(fieldOf(() => validateDayRange(day('2026-03-02'), day('2026-03-01'), 31, 'filter'))).toBe('filter.to');
    expect(fieldOf(() => validateDayRange(day('2026-03-01'), day('2026-04-01'), 31, 'filter'))).toBe('filter.to');
    expect(validateDayRange(day('2026-03-01'), day('2026-03-31'), 31, 'filter').to).toEqual(day('2026-03-31'));
  });

  it('lists every day of a range with its minutes, zero where nothing was logged', () => {
    const days = daysOfRange({ from: day('2026-02-27'), to: day('2026-03-02') }, [
      { day: day('2026-02-28'), minutes: 90 },
      { day: day('2026-03-02'), minutes: 15 },
    ]);
    expect(days).toEqual([
      { day: day('2026-02-27'), minutes: 0 },
      { day: day('2026-02-28'), minutes: 90 },
      { day: day('2026-03-01'), minutes: 0 },
      { day: day('2026-03-02'), minutes: 15 },
    ]);
  });

  it('leaves what the estimate has left, never below zero, and nothing without an estimate', () => {
    expect(remainingMinutes(120, 45)).toBe(75);
    expect(remainingMinutes(120, 200)).toBe(0);
    expect(remainingMinutes(null, 45)).toBeNull();
    expect(utcDay(new Date('2026-03-01T23:59:59.999Z'))).toEqual(day('2026-03-01'));
  });
});
