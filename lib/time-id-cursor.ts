import { badInput } from './errors';
import { uuidPattern } from './ids';
import { parseIsoDateTime } from './iso-dates';
import type { Page } from './relay';

/** The (timestamp, uuid) sort key a cursor points after, or null on the first page. */
export function decodeTimeIdCursor(page: Page, path = ''): { time: Date; id: string } | null {
  if (!page.after) return null;
  const [time, id] = page.after;
  const parsed = page.after.length === 2 && time ? parseIsoDateTime(time) : null;
  if (!parsed || !id || !uuidPattern.test(id)) {
    throw badInput(`${path ? `${path}.` : ''}after`, 'after is not a valid cursor.');
  }
  return { time: parsed, id };
}

/** As decodeTimeIdCursor, with a key before every row on the first page, so one SQL shape serves all pages. */
export function sqlTimeIdCursor(page: Page, path = ''): { time: string; id: string } {
  const cursor = decodeTimeIdCursor(page, path);
  return cursor
    ? { time: cursor.time.toISOString(), id: cursor.id }
    : { time: '-infinity', id: '00000000-0000-0000-0000-000000000000' };
}

export const timeIdCursorOf = (time: Date, id: string): string[] => [time.toISOString(), id];
