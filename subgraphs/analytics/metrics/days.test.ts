import { addDays, dayNumber, dayOf, daysBetweenInclusive, eachDay, inWindow, weekStartOf } from './days';

describe('days', () => {
  it('names the UTC day of a moment, whatever the local time zone', () => {
    expect(dayOf(new Date('2026-03-01T23:59:59.999Z'))).toBe('2026-03-01');
    expect(dayOf(new Date('2026-03-02T00:30:00+02:00'))).toBe('2026-03-01');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts a start and a finish on the same UTC day as one day, the next day as two', () => {
    expect(daysBetweenInclusive(new Date('2026-03-02T00:00:00Z'), new Date('2026-03-02T23:59:00Z'))).toBe(1);
    expect(daysBetweenInclusive(new Date('2026-03-02T23:59:00Z'), new Date('2026-03-03T00:01:00Z'))).toBe(2);
    expect(daysBetweenInclusive('2026-02-25', '2026-03-09')).toBe(13);
  });

  it('enumerates every day of a window, both ends included', () => {
    expect(eachDay({ from: '2026-02-27', to: '2026-03-02' })).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(eachDay({ from: '2026-03-02', to: '2026-03-02' })).toEqual(['2026-03-02']);
  });

  it('refuses a window that ends before it starts, and text that is not a day', () => {
    expect(() => eachDay({ from: '2026-03-02', to: '2026-03-01' })).toThrow(RangeError);
    expect(() => dayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => dayNumber('2026-3-1')).toThrow(RangeError);
  });

  it('labels an ISO week by its Monday, Sunday belonging to the week before', () => {
    expect(weekStartOf('2026-03-02')).toBe('2026-03-02'); // a Monday
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02'); // the Sunday after it
    expect(weekStartOf('2026-03-09')).toBe('2026-03-09');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28'); // a Friday: the week spans the new year
  });

  it('tells whether a moment falls on a day of a window', () => {
    const window = { from: '2026-03-02', to: '2026-03-11' };
    expect(inWindow(new Date('2026-03-11T23:59:59Z'), window)).toBe(true);
    expect(inWindow(new Date('2026-03-12T00:00:00Z'), window)).toBe(false);
    expect(inWindow('2026-03-01', window)).toBe(false);
  });
});
