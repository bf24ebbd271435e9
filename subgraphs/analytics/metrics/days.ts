import type { Day, Window } from './types';

export const dayMs = 24 * 60 * 60 * 1000;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC day a moment falls on. */
export const dayOf = (date: Date): Day => date.toISOString().slice(0, 10);

/** Days since 1970-01-01: integer arithmetic on days without building Dates. */
export function dayNumber(day: Day | Date): number {
  if (day instanceof Date) return Math.floor(day.getTime() / dayMs);
  const time = dayPattern.test(day) ? Date.parse(`${day}T00:00:00.000Z`) : NaN;
  if (Number.isNaN(time) || dayOf(new Date(time)) !== day) throw new RangeError(`Not a day: ${day}`);
  return time / dayMs;
}

export const dayFromNumber = (n: number): Day => dayOf(new Date(n * dayMs));

export const addDays = (day: Day, n: number): Day => dayFromNumber(dayNumber(day) + n);

/** Calendar days from `from` to `to`, both counted: the same day is 1, the next day 2. */
export const daysBetweenInclusive = (from: Day | Date, to: Day | Date): number => dayNumber(to) - dayNumber(from) + 1;

export function eachDay(window: Window): Day[] {
  const first = dayNumber(window.from);
  const last = dayNumber(window.to);
  if (last < first) throw new RangeError(`The window ends (${window.to}) before it starts (${window.from})`);
  const days: Day[] = [];
  for (let n = first; n <= last; n++) days.push(dayFromNumber(n));
  return days;
}

/** The Monday of the ISO week holding `day`. */
export function weekStartOf(day: Day): Day {
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counted from Monday.
  return dayFromNumber(n - ((n + 3) % 7));
}

/** Whether a moment falls on a day of the window (or a day, since `YYYY-MM-DD` compares as text). */
export function inWindow(moment: Date | Day, window: Window): boolean {
  const day = moment instanceof Date ? dayOf(moment) : moment;
  return day >= window.from && day <= window.to;
}

/** Whether a moment happened on or before the end of `day` (false for null). */
export const byEndOf = (moment: Date | null, day: Day): boolean => moment !== null && dayOf(moment) <= day;
