import { z } from 'zod';

/**
 * A REST page cursor: the GraphQL cursor the page starts after (`next` links), or the one it ends
 * before (`prev` links); `before: null` is the list's last page (`last` links).
 */
export type PageCursor = { after: string } | { before: string | null };

/** The GraphQL page arguments of a REST page, exactly one direction of them set. */
export interface PageVariables {
  first: number | null;
  after: string | null;
  last: number | null;
  before: string | null;
}

/** A REST page as GraphQL page arguments, with the cursor it came from (null on the first page). */
export interface PageArgs {
  variables: PageVariables;
  current: PageCursor | null;
}

const cursorShape = z.union([
  z.object({ a: z.string().min(1).max(1000) }).strict(),
  z.object({ b: z.string().min(1).max(1000).nullable() }).strict(),
  // The shape of cursors issued before pages could be read backward: a walk in progress goes on.
  z.object({ a: z.string().min(1).max(1000), b: z.array(z.string().max(1000).nullable()).max(10) }).strict(),
]);

export function encodePageCursor(cursor: PageCursor): string {
  const shape = 'after' in cursor ? { a: cursor.after } : { b: cursor.before };
  return Buffer.from(JSON.stringify(shape)).toString('base64url');
}

/** The cursor, or null when it is not one this API issued. */
export function decodePageCursor(text: string): PageCursor | null {
  try {
    const parsed = cursorShape.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    if (!parsed.success) return null;
    return 'a' in parsed.data ? { after: parsed.data.a } : { before: parsed.data.b };
  } catch {
    return null;
  }
}

/** `limit` items from the cursor: forward after it (or from the start), backward before it (or from the end). */
export function pageVariables(limit: number, current: PageCursor | null): PageVariables {
  if (current && 'before' in current) return { first: null, after: null, last: limit, before: current.before };
  return { first: limit, after: current?.after ?? null, last: null, before: null };
}

/** What a connection says of the page it answered. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * The cursors of the pages around the current one (null: the first page, without a cursor; absent:
 * no such link). `prev` ends just before the page's first item and `next` starts just after its last,
 * so a walk either way meets the same pages.
 */
export function neighbourCursors(
  current: PageCursor | null,
  info: PageInfo,
): Partial<Record<'first' | 'prev' | 'next' | 'last', string | null>> {
  const links: Partial<Record<'first' | 'prev' | 'next' | 'last', string | null>> = {};
  if (current) links.first = null;
  if (info.hasPreviousPage && info.startCursor) links.prev = encodePageCursor({ before: info.startCursor });
  if (info.hasNextPage && info.endCursor) {
    links.next = encodePageCursor({ after: info.endCursor });
    links.last = encodePageCursor({ before: null });
  }
  return links;
}
