import { badInput } from './errors';

export const maxPageSize = 100;
export const defaultPageSize = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page {
  /** Rows to fetch: one more than the page, to learn whether a further page exists in the walk's direction. */
  take: number;
  limit: number;
  /** The sort key values the walk starts from (exclusive): `after`'s, or `before`'s when walking backward. */
  cursor: string[] | null;
  /**
   * `last`/`before`: the rows are fetched in the reverse of the connection's order, from the cursor, and
   * toConnection puts them back in order. Every keyset query reverses its ORDER BY and its cursor
   * comparison for such a page.
   */
  backward: boolean;
}

/** A connection's page sizes, where they differ from the public API's (service-only connections). */
export interface PageSizes {
  max: number;
  default: number;
}

/** The argument a page's cursor came from, for errors about it (`after` or `before`). */
export const cursorArgument = (page: Page): 'after' | 'before' => (page.backward ? 'before' : 'after');

/**
 * The error of a cursor the server did not issue for this list, naming the argument it came in
 * (`after` or `before`) under `path`; `what` narrows the message ("for this order").
 */
export function invalidCursor(page: Page, path = '', what = ''): Error {
  const argument = cursorArgument(page);
  return badInput(
    `${path ? `${path}.` : ''}${argument}`,
    `${argument} is not a valid cursor${what ? ` ${what}` : ''}.`,
  );
}

function decodeCursor(value: string, field: string): string[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    // No cursor this API gives holds a NUL, and PostgreSQL refuses one in any text it is sent.
    if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string' && !v.includes('\u0000'))) {
      throw new Error('shape');
    }
    return parsed as string[];
  } catch {
    throw badInput(field, `${field.split('.').at(-1)} is not a valid cursor.`);
  }
}

/**
 * Validates `first`/`after` or `last`/`before` (one pair per request, as Relay advises). A cursor is the
 * base64url JSON array of the sort key values of a row, so pages stay stable while rows are inserted
 * before them.
 */
export function parsePage(
  args: PageArgs,
  path = '',
  sizes: PageSizes = { max: maxPageSize, default: defaultPageSize },
): Page {
  const prefix = path ? `${path}.` : '';
  const forward = args.first != null || args.after != null;
  const backward = args.last != null || args.before != null;
  if (forward && backward) {
    const field = args.last != null ? 'last' : 'before';
    throw badInput(`${prefix}${field}`, 'Page with first/after or with last/before, not both.');
  }
  const sizeArgument = backward ? 'last' : 'first';
  const limit = (backward ? args.last : args.first) ?? sizes.default;
  if (!Number.isInteger(limit) || limit < 0 || limit > sizes.max) {
    throw badInput(`${prefix}${sizeArgument}`, `${sizeArgument} must be between 0 and ${sizes.max}.`);
  }
  const cursorValue = backward ? args.before : args.after;
  const cursor = cursorValue ? decodeCursor(cursorValue, `${prefix}${backward ? 'before' : 'after'}`) : null;
  return { take: limit + 1, limit, cursor, backward };
}

export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/**
 * Builds a connection from rows fetched with `page.take` in the walk's direction (reversed for a
 * backward page); totalCount is only computed when asked for.
 */
export function toConnection<T>(
  rows: T[],
  page: Page,
  cursorOf: (row: T) => string[],
  totalCount: () => Promise<number>,
): Connection<T> {
  const fetched = rows.slice(0, page.limit);
  const nodes = page.backward ? fetched.reverse() : fetched;
  const edges = nodes.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  const more = rows.length > page.limit;
  const fromCursor = page.cursor !== null;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? fromCursor : more,
      hasPreviousPage: page.backward ? more : fromCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/**
 * A page of a list already in memory, its cursors the items' positions; `before` ends the page just
 * before its position, as `after` starts it just after.
 */
export function listConnection<T>(items: readonly T[], page: Page): Connection<T> {
  let position: number | null = null;
  if (page.cursor) {
    const [value] = page.cursor;
    position = page.cursor.length === 1 && value && /^\d{1,9}$/.test(value) ? Number(value) : null;
    if (position === null) throw invalidCursor(page);
  }
  const end = page.backward ? Math.min(position ?? items.length, items.length) : items.length;
  const start = page.backward ? Math.max(0, end - page.limit) : position === null ? 0 : position + 1;
  const stop = page.backward ? end : Math.min(start + page.limit, items.length);
  const edges = items
    .slice(start, stop)
    .map((node, offset) => ({ cursor: encodeCursor([String(start + offset)]), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: stop < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: async () => items.length,
  };
}
