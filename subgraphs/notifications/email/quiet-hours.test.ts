import {
  isInQuietHours,
  localMinutes,
  nextLocalFullHour,
  nextLocalTimeOfDay,
  pastQuietHours,
  safeTimeZone,
  zonedTimeToInstant,
} from './quiet-hours';
import { emailDueAt } from './schedule';

const utc = (iso: string) => new Date(iso);
const overnight = { start: 22 * 60, end: 7 * 60 };

describe('quiet hours', () => {
  it('reads the local clock of a time zone', () => {
    expect(localMinutes(utc('2026-01-10T22:30:00Z'), 'Europe/Berlin')).toBe(23 * 60 + 30);
    expect(localMinutes(utc('2026-07-10T22:30:00Z'), 'Europe/Berlin')).toBe(30);
    expect(localMinutes(utc('2026-01-10T10:10:00Z'), 'Asia/Kolkata')).toBe(15 * 60 + 40);
    expect(localMinutes(utc('2026-01-10T00:00:00Z'), 'UTC')).toBe(0);
  });

  it('tells whether an instant is inside a window that spans midnight (start included, end excluded)', () => {
    const zone = 'Europe/Berlin'; // UTC+1 in January
    expect(isInQuietHours(utc('2026-01-10T20:59:00Z'), zone, overnight)).toBe(false); // 21:59
    expect(isInQuietHours(utc('2026-01-10T21:00:00Z'), zone, overnight)).toBe(true); // 22:00
    expect(isInQuietHours(utc('2026-01-10T23:30:00Z'), zone, overnight)).toBe(true); // 00:30
    expect(isInQuietHours(utc('2026-01-11T05:59:00Z'), zone, overnight)).toBe(true); // 06:59
    expect(isInQuietHours(utc('2026-01-11T06:00:00Z'), zone, overnight)).toBe(false); // 07:00
  });

  it('handles a window within one day, no window, and an empty window', () => {
    const lunch = { start: 12 * 60, end: 14 * 60 };
    expect(isInQuietHours(utc('2026-01-10T07:00:00Z'), 'Asia/Kolkata', lunch)).toBe(true); // 12:30 IST
    expect(isInQuietHours(utc('2026-01-10T09:00:00Z'), 'Asia/Kolkata', lunch)).toBe(false); // 14:30 IST
    expect(isInQuietHours(utc('2026-01-10T07:00:00Z'), 'Asia/Kolkata', null)).toBe(false);
    expect(isInQuietHours(utc('2026-01-10T07:00:00Z'), 'UTC', { start: 420, end: 420 })).toBe(false);
  });

  it('moves an instant inside quiet hours to their end, the same night or the next morning', () => {
    const zone = 'Europe/Berlin';
    // 23:30 local → 07:00 the next day.
    expect(pastQuietHours(utc('2026-01-10T22:30:00Z'), zone, overnight)).toEqual(utc('2026-01-11T06:00:00Z'));
    // 03:00 local → 07:00 the same day.
    expect(pastQuietHours(utc('2026-01-11T02:00:00Z'), zone, overnight)).toEqual(utc('2026-01-11T06:00:00Z'));
    // Outside: unchanged.
    const noon = utc('2026-01-11T11:00:00Z');
    expect(pastQuietHours(noon, zone, overnight)).toBe(noon);
    // Within one day, in a zone with a half-hour offset: 12:30 IST → 14:00 IST.
    expect(pastQuietHours(utc('2026-01-10T07:00:00Z'), 'Asia/Kolkata', { start: 720, end: 840 })).toEqual(
      utc('2026-01-10T08:30:00Z'),
    );
  });

  it('ends quiet hours at the local time across daylight-saving changes', () => {
    const zone = 'Europe/Berlin';
    // Spring forward on 2026-03-29 (02:00 CET → 03:00 CEST): 23:00 CET → 07:00 CEST, 7 clock hours but 6 real ones.
    expect(pastQuietHours(utc('2026-03-28T22:00:00Z'), zone, overnight)).toEqual(utc('2026-03-29T05:00:00Z'));
    // Fall back on 2026-10-25 (03:00 CEST → 02:00 CET): 23:00 CEST → 07:00 CET.
    expect(pastQuietHours(utc('2026-10-24T21:00:00Z'), zone, overnight)).toEqual(utc('2026-10-25T06:00:00Z'));
    // New York, 2026-03-08 (02:00 EST → 03:00 EDT): 01:00 EST inside 22:00-07:00 → 07:00 EDT.
    expect(pastQuietHours(utc('2026-03-08T06:00:00Z'), 'America/New_York', overnight)).toEqual(
      utc('2026-03-08T11:00:00Z'),
    );
  });

  it('resolves wall-clock times skipped or repeated by a DST change like Temporal’s "compatible"', () => {
    const zone = 'Europe/Berlin';
    // 02:30 does not exist on 2026-03-29: taken as 03:30 CEST.
    expect(zonedTimeToInstant(zone, { year: 2026, month: 3, day: 29 }, 150)).toEqual(utc('2026-03-29T01:30:00Z'));
    // 02:30 happens twice on 2026-10-25: the earlier one (CEST).
    expect(zonedTimeToInstant(zone, { year: 2026, month: 10, day: 25 }, 150)).toEqual(utc('2026-10-25T00:30:00Z'));
    // Minute 1440 rolls over to the next day's midnight.
    expect(zonedTimeToInstant('UTC', { year: 2026, month: 12, day: 31 }, 1440)).toEqual(utc('2027-01-01T00:00:00Z'));
  });

  it('finds the next 08:00 and the next full hour of the local clock', () => {
    const zone = 'Europe/Berlin';
    expect(nextLocalTimeOfDay(utc('2026-03-28T08:00:00Z'), zone, 480)).toEqual(utc('2026-03-29T06:00:00Z'));
    expect(nextLocalTimeOfDay(utc('2026-03-28T06:59:00Z'), zone, 480)).toEqual(utc('2026-03-28T07:00:00Z'));
    // Exactly 08:00 local: the next day's.
    expect(nextLocalTimeOfDay(utc('2026-03-28T07:00:00Z'), zone, 480)).toEqual(utc('2026-03-29T06:00:00Z'));
    expect(nextLocalFullHour(utc('2026-01-10T10:10:00Z'), 'UTC')).toEqual(utc('2026-01-10T11:00:00Z'));
    expect(nextLocalFullHour(utc('2026-01-10T11:00:00Z'), 'UTC')).toEqual(utc('2026-01-10T12:00:00Z'));
    expect(nextLocalFullHour(utc('2026-01-10T23:10:00Z'), 'UTC')).toEqual(utc('2026-01-11T00:00:00Z'));
    // 15:40 IST → 16:00 IST.
    expect(nextLocalFullHour(utc('2026-01-10T10:10:00Z'), 'Asia/Kolkata')).toEqual(utc('2026-01-10T10:30:00Z'));
    // 01:30 CET on the spring-forward night → 03:00 CEST, half an hour later.
    expect(nextLocalFullHour(utc('2026-03-29T00:30:00Z'), zone)).toEqual(utc('2026-03-29T01:00:00Z'));
  });

  it('falls back to UTC for an unknown time zone', () => {
    expect(safeTimeZone('Mars/Olympus')).toBe('UTC');
    expect(safeTimeZone(undefined)).toBe('UTC');
    expect(safeTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
  });
});

describe('emailDueAt', () => {
  const zone = 'Europe/Berlin';
  it('sends immediately outside quiet hours and when they end inside them', () => {
    const at = utc('2026-01-10T12:00:00Z');
    expect(emailDueAt(at, { digest: 'NONE', quiet: overnight }, zone)).toBe(at);
    expect(emailDueAt(utc('2026-01-10T22:00:00Z'), { digest: 'NONE', quiet: overnight }, zone)).toEqual(
      utc('2026-01-11T06:00:00Z'),
    );
  });

  it('schedules digests at the next full hour or the next 08:00, pushed past quiet hours', () => {
    expect(emailDueAt(utc('2026-01-10T12:15:00Z'), { digest: 'HOURLY', quiet: null }, zone)).toEqual(
      utc('2026-01-10T13:00:00Z'),
    );
    // Next hour 23:00 local is quiet: 07:00.
    expect(emailDueAt(utc('2026-01-10T21:15:00Z'), { digest: 'HOURLY', quiet: overnight }, zone)).toEqual(
      utc('2026-01-11T06:00:00Z'),
    );
    expect(emailDueAt(utc('2026-01-10T12:15:00Z'), { digest: 'DAILY', quiet: null }, zone)).toEqual(
      utc('2026-01-11T07:00:00Z'),
    );
    // Quiet until 09:00: the daily digest waits for it.
    expect(
      emailDueAt(utc('2026-01-10T12:15:00Z'), { digest: 'DAILY', quiet: { start: 1320, end: 540 } }, zone),
    ).toEqual(utc('2026-01-11T08:00:00Z'));
  });
});
