const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

// PostgreSQL has no year 0 and Prisma cannot write years past 9999: both would fail mid-query.
const minYear = 1;
const maxYear = 9999;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDay(year: number, month: number, day: number): boolean {
  return year >= minYear && year <= maxYear && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * An ISO 8601 date and time with a zone (`2026-03-01T09:30:00Z`, `...+05:30`), or null. Unlike
 * `Date.parse`, which turns February 30 into March 2 and hour 24 into the next day, every field
 * must be in range, and the year between 0001 and 9999.
 */
export function parseIsoDateTime(text: string): Date | null {
  const match = dateTimePattern.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const offsetHours = match[10] === undefined ? 0 : Number(match[10]);
  const offsetMinutes = match[11] === undefined ? 0 : Number(match[11]);
  if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return null;
  const utcYear = date.getUTCFullYear();
  return utcYear >= minYear && utcYear <= maxYear ? date : null;
}

/** A calendar date `YYYY-MM-DD` as 00:00 UTC of that day, or null when it is not a real day of years 0001-9999. */
export function parseIsoDate(text: string): Date | null {
  const match = datePattern.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  if (!validDay(year, month, day)) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}
