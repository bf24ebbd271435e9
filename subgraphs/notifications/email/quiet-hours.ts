// Wall-clock arithmetic in IANA time zones with Intl only (no date library): quiet hours, the next
// full hour and the next 08:00 of a user's day. Pure functions, so they are easy to test around
// midnight and daylight-saving changes.

/** A daily window in local time, in minutes after midnight; `end < start` spans midnight. */
export interface QuietWindow {
  start: number;
  end: number;
}

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows the time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone to compute with: the given one when valid, UTC otherwise. */
export function safeTimeZone(timeZone: string | null | undefined): string {
  return timeZone && isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

export interface LocalDateTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock date and time of an instant in a time zone. */
export function localDateTime(at: Date, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
export function offsetMs(at: Date, timeZone: string): number {
  const local = localDateTime(at, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** Minutes after local midnight of an instant. */
export function localMinutes(at: Date, timeZone: string): number {
  const local = localDateTime(at, timeZone);
  return local.hour * 60 + local.minute;
}

/**
 * The instant a wall-clock time happens in a zone. Out-of-range fields roll over (minute 1440 is
 * the next day's midnight). Like Temporal's 'compatible' choice: a time skipped by a DST change
 * is taken with the offset from before the change (so 02:30 becomes 03:30), and a time that
 * happens twice is the earlier one.
 */
export function zonedTimeToInstant(
  timeZone: string,
  date: { year: number; month: number; day: number },
  minutes: number,
): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const before = offsetMs(new Date(asUtc - dayMs), timeZone);
  const after = offsetMs(new Date(asUtc + dayMs), timeZone);
  const valid = [asUtc - before, asUtc - after].filter((t) => offsetMs(new Date(t), timeZone) === asUtc - t);
  if (valid.length) return new Date(Math.min(...valid));
  return new Date(asUtc - before);
}

function addDays(date: { year: number; month: number; day: number }, days: number) {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The first instant after `after` (strictly) at which the local clock shows `minutes` after midnight. */
export function nextLocalTimeOfDay(after: Date, timeZone: string, minutes: number): Date {
  const today = localDateTime(after, timeZone);
  for (let days = 0; days <= 2; days++) {
    const candidate = zonedTimeToInstant(timeZone, addDays(today, days), minutes);
    if (candidate.getTime() > after.getTime()) return candidate;
  }
  // Unreachable: two days ahead is always later.
  return zonedTimeToInstant(timeZone, addDays(today, 3), minutes);
}

/** The next full hour of the local clock, strictly after `after`. */
export function nextLocalFullHour(after: Date, timeZone: string): Date {
  const local = localDateTime(after, timeZone);
  let candidate = zonedTimeToInstant(timeZone, local, (local.hour + 1) * 60);
  // A DST change inside the hour can make the computed wall time fall at or before `after`.
  while (candidate.getTime() <= after.getTime()) candidate = new Date(candidate.getTime() + 60 * minuteMs);
  return candidate;
}

/** Whether an instant falls inside the daily quiet window (start included, end excluded). */
export function isInQuietHours(at: Date, timeZone: string, window: QuietWindow | null): boolean {
  if (!window || window.start === window.end) return false;
  const minutes = localMinutes(at, timeZone);
  return window.start < window.end
    ? minutes >= window.start && minutes < window.end
    : minutes >= window.start || minutes < window.end;
}

/** `at` itself outside quiet hours, otherwise the instant they end. */
export function pastQuietHours(at: Date, timeZone: string, window: QuietWindow | null): Date {
  if (!window || !isInQuietHours(at, timeZone, window)) return at;
  return nextLocalTimeOfDay(at, timeZone, window.end);
}

/** The local time daily digests go out: 08:00. */
export const dailyDigestMinutes = 8 * 60;
