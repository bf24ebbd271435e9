import { badInput } from '../../../lib/errors';

/** A day has 1,440 minutes: no worklog, and no person's worklogs of one day together, may pass it. */
export const maxMinutesPerDay = 1440;
/** A time estimate of at most 1,000,000 minutes (about 2,000 working days of 8 hours). */
export const maxTimeEstimateMinutes = 1_000_000;
export const maxWorklogNoteLength = 2000;
/** Who logged time on an item: the people with the most minutes. */
export const personTotalsShown = 20;
/** The longest range a timesheet covers, so its days are a bounded list. */
export const maxTimesheetDays = 31;
/** The longest range one `worklogs` list covers. */
export const maxWorklogRangeDays = 366;
/** The earliest day work can be logged on. */
const earliestDay = Date.UTC(2000, 0, 1);
const dayMs = 86_400_000;

export function validateMinutes(minutes: number, field = 'input.minutes'): number {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > maxMinutesPerDay) {
    throw badInput(field, `A worklog is a whole number of minutes from 1 to ${maxMinutesPerDay} (one day).`);
  }
  return minutes;
}

/**
 * The day work was done: from 2000-01-01 to tomorrow (UTC), as ahead of UTC someone's today already is
 * tomorrow. Later days are BAD_USER_INPUT: work is logged once it is done.
 */
export function validateWorkDay(day: Date, now: Date, field = 'input.day'): Date {
  const tomorrow = utcDay(now).getTime() + dayMs;
  if (day.getTime() < earliestDay || day.getTime() > tomorrow) {
    throw badInput(field, 'The day must be a day from 2000-01-01 to today: work is logged once it is done.');
  }
  return day;
}

export function validateWorklogNote(note: string, field = 'input.note'): string {
  if (note.length > maxWorklogNoteLength) {
    throw badInput(field, `The note must be at most ${maxWorklogNoteLength.toLocaleString('en-US')} characters.`);
  }
  return note.trim();
}

export function validateTimeEstimate(minutes: number, field = 'input.timeEstimateMinutes'): number {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > maxTimeEstimateMinutes) {
    throw badInput(
      field,
      `The time estimate is a whole number of minutes from 0 to ${maxTimeEstimateMinutes.toLocaleString('en-US')}.`,
    );
  }
  return minutes;
}

/** 00:00 UTC of the instant's day. */
export const utcDay = (at: Date): Date => new Date(Math.floor(at.getTime() / dayMs) * dayMs);

/**
 * A range of days, both ends included, of at most `maxDays` days: BAD_USER_INPUT on `<path>.to` when it
 * ends before it starts or is longer.
 */
export function validateDayRange(from: Date, to: Date, maxDays: number, path: string): { from: Date; to: Date } {
  const days = (to.getTime() - from.getTime()) / dayMs + 1;
  if (days < 1) throw badInput(`${path}.to`, 'The range must not end before it starts.');
  if (days > maxDays) throw badInput(`${path}.to`, `The range covers at most ${maxDays} days.`);
  return { from, to };
}

/** Every day of a range, in order, with the minutes logged on it (0 for days without worklogs). */
export function daysOfRange(
  range: { from: Date; to: Date },
  totals: readonly { day: Date; minutes: number }[],
): { day: Date; minutes: number }[] {
  const byDay = new Map(totals.map((total) => [total.day.getTime(), total.minutes]));
  const days: { day: Date; minutes: number }[] = [];
  for (let at = range.from.getTime(); at <= range.to.getTime(); at += dayMs) {
    days.push({ day: new Date(at), minutes: byDay.get(at) ?? 0 });
  }
  return days;
}

/** What is left of a time estimate after the time spent: never below 0, null without an estimate. */
export const remainingMinutes = (estimate: number | null, spent: number): number | null =>
  estimate === null ? null : Math.max(0, estimate - spent);
