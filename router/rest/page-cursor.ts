import { z } from 'zod';

/**
 * A REST page cursor. GraphQL connections page forward only (`after`), so to link back the cursor
 * also carries the `after` of the pages before it, the nearest last, at most `historyLimit` of them:
 * further back than that the response links to the first page only.
 */
export interface PageCursor {
  after: string;
  /** `after` of the previous pages, oldest first; null is the first page. */
  before: (string | null)[];
}

export const historyLimit = 10;

/** A REST page as GraphQL's `first` and `after`, with the cursor it came from (null on the first page). */
export interface PageArgs {
  first: number;
  after: string | null;
  current: PageCursor | null;
}

const cursorShape = z.object({
  a: z.string().min(1).max(1000),
  b: z.array(z.string().max(1000).nullable()).max(historyLimit),
});

export function encodePageCursor(cursor: PageCursor): string {
  const before = cursor.before.slice(-historyLimit);
  return Buffer.from(JSON.stringify({ a: cursor.after, b: before })).toString('base64url');
}

/** The cursor, or null when it is not one this API issued. */
export function decodePageCursor(text: string): PageCursor | null {
  try {
    const parsed = cursorShape.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? { after: parsed.data.a, before: parsed.data.b } : null;
  } catch {
    return null;
  }
}

/**
 * The cursors of the next and previous pages, from the current page's cursor (null on the first
 * page) and the connection's `endCursor`. `prev` is undefined when it fell out of the history.
 */
export function neighbourCursors(
  current: PageCursor | null,
  next: { hasNextPage: boolean; endCursor: string | null },
): { next: string | null; prev: string | null | undefined; first: boolean } {
  const history = current ? [...current.before, current.after] : [null];
  const nextCursor =
    next.hasNextPage && next.endCursor ? encodePageCursor({ after: next.endCursor, before: history }) : null;
  if (!current) return { next: nextCursor, prev: undefined, first: true };
  if (current.before.length === 0) return { next: nextCursor, prev: undefined, first: false };
  const previousAfter = current.before.at(-1)!;
  const prev =
    previousAfter === null ? null : encodePageCursor({ after: previousAfter, before: current.before.slice(0, -1) });
  return { next: nextCursor, prev, first: false };
}
