import { uuidPattern } from './ids';
import { parseIsoDateTime } from './iso-dates';
import { fetchDirection, prismaKeyset, startId, type Direction } from './keyset';
import { invalidCursor, type Page } from './relay';

/** The (timestamp, uuid) sort key a cursor points at, or null on the first page. */
export function decodeTimeIdCursor(page: Page, path = ''): { time: Date; id: string } | null {
  if (!page.cursor) return null;
  const [time, id] = page.cursor;
  const parsed = page.cursor.length === 2 && time ? parseIsoDateTime(time) : null;
  if (!parsed || !id || !uuidPattern.test(id)) throw invalidCursor(page, path);
  return { time: parsed, id };
}

/** A key beyond every row at the start of a walk in `direction`, so one SQL shape serves every page. */
export const timeIdStart = (direction: Direction): { time: string; id: string } => ({
  time: direction === 'ASC' ? '-infinity' : 'infinity',
  id: startId(direction),
});

/**
 * As decodeTimeIdCursor, with timeIdStart on the first page, and the direction the page's rows are
 * fetched in for a connection in `order`.
 */
export function sqlTimeIdCursor(
  page: Page,
  path = '',
  order: Direction = 'ASC',
): { time: string; id: string; direction: Direction } {
  const cursor = decodeTimeIdCursor(page, path);
  const direction = fetchDirection(page, order);
  return cursor
    ? { time: cursor.time.toISOString(), id: cursor.id, direction }
    : { ...timeIdStart(direction), direction };
}

export const timeIdCursorOf = (time: Date, id: string): string[] => [time.toISOString(), id];

/**
 * Prisma's where, orderBy and take of a page of a connection in (field, id) order `order`, walked from
 * the page's cursor in its fetch direction.
 */
export function prismaTimeIdPage<F extends string>(page: Page, field: F, order: Direction = 'ASC', path = '') {
  const cursor = decodeTimeIdCursor(page, path);
  const keyset = prismaKeyset(field, cursor && { value: cursor.time, id: cursor.id }, fetchDirection(page, order));
  return { ...keyset, take: page.take };
}
