import { badInput } from '../../../lib/errors';
import { addDays, dayMs, dayOf, daysBetweenInclusive } from '../metrics/days';
import type { Window } from '../metrics/types';

/** Days in UTC as `YYYY-MM-DD`, both included. */
export type FlowWindow = Window;

export const defaultWindowDays = 90;
export const maxWindowDays = 366;

/** Days from `from` to `to`, both included. */
export const daysIn = (window: FlowWindow): number => daysBetweenInclusive(window.from, window.to);
/** The first instant after the window's last day: metrics read `at < endOf(window)`. */
export const endOf = (window: FlowWindow): Date => new Date(Date.parse(window.to) + dayMs);
export const startOf = (window: FlowWindow): Date => new Date(Date.parse(window.from));

/** The window asked for, or the last 90 days up to today; BAD_USER_INPUT naming `path.from`/`path.to`. */
export function parseFlowWindow(
  input: { from: Date; to: Date } | null | undefined,
  now: Date,
  path = 'window',
): FlowWindow {
  const today = dayOf(now);
  if (!input) return { from: addDays(today, -(defaultWindowDays - 1)), to: today };
  const window = { from: dayOf(input.from), to: dayOf(input.to) };
  if (window.to > today) throw badInput(`${path}.to`, 'The window cannot end after today.');
  if (window.from > window.to) throw badInput(`${path}.from`, 'The window must start on or before its last day.');
  if (daysIn(window) > maxWindowDays) {
    throw badInput(`${path}.from`, `A window covers at most ${maxWindowDays} days.`);
  }
  return window;
}
