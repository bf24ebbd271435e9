import { sqltag, type Sql } from '@prisma/client/runtime/client';
import { z } from 'zod';
import { parsePage, toConnection, type Connection, type Page, type PageArgs } from '../relay';
import type { Direction } from '../keyset';
import { sqlTimeIdCursor, timeIdCursorOf } from '../time-id-cursor';

/**
 * One connection page under one parent: at most `take` rows beyond the (time, id) sort key, walking
 * in `direction` (the connection's order, reversed for `last`/`before`).
 */
export interface PageRequest {
  parentId: string;
  afterTime: string;
  afterId: string;
  take: number;
  direction: Direction;
}

export function pageRequestOf(parentId: string, page: Page, path = '', order: Direction = 'ASC'): PageRequest {
  const after = sqlTimeIdCursor(page, path, order);
  return { parentId, afterTime: after.time, afterId: after.id, take: page.take, direction: after.direction };
}

export const pageRequestKey = (r: PageRequest): string =>
  [r.parentId, r.afterTime, r.afterId, r.take, r.direction].join(':');

/**
 * The requested pages as a FROM item `req(parent_id, after_time, after_id, take, idx)`, idx counting
 * from 1 in request order. Join it with a LATERAL subquery ending in `ORDER BY … LIMIT req.take` so
 * every page is one index range scan that stops after its rows. The requests share one direction
 * (inDirections splits a batch).
 */
export function pageRequestsSql(requests: readonly PageRequest[]): Sql {
  return sqltag`unnest(
    ${requests.map((r) => r.parentId)}::uuid[],
    ${requests.map((r) => r.afterTime)}::timestamptz[],
    ${requests.map((r) => r.afterId)}::uuid[],
    ${requests.map((r) => r.take)}::int[]
  ) WITH ORDINALITY AS req(parent_id, after_time, after_id, take, idx)`;
}

/** Rows tagged with the idx of their request, back into one page per request (rows in page order). */
export function pagesOf<TRow extends { idx: number }, T>(
  requests: readonly PageRequest[],
  rows: readonly TRow[],
  toItem: (row: TRow) => T | null,
): T[][] {
  const pages: T[][] = requests.map(() => []);
  for (const row of rows) {
    const item = toItem(row);
    if (item !== null) pages[row.idx - 1]?.push(item);
  }
  return pages;
}

/** A row of a batched count query: the parent as `::text AS "parentId"`, `count(*)::int AS count`. */
export const ParentCountRow = z.object({ parentId: z.string(), count: z.number().int() });

/** Per-parent counts from `{ parentId, count }` rows, 0 for parents without a row. */
export function countsOf(parentIds: readonly string[], rows: readonly { parentId: string; count: number }[]): number[] {
  const byId = new Map(rows.map((r) => [r.parentId, r.count]));
  return parentIds.map((id) => byId.get(id) ?? 0);
}

/**
 * The connection under one parent of rows ordered by (createdAt, id), through per-request loaders
 * that batch the pages and counts of all parents of a request.
 */
export async function timeIdConnection<T extends { createdAt: Date; id: string }>(
  parentId: string,
  args: PageArgs,
  loaders: { pages: { load(request: PageRequest): Promise<T[]> }; counts: { load(parentId: string): Promise<number> } },
): Promise<Connection<T>> {
  const page = parsePage(args);
  const rows = await loaders.pages.load(pageRequestOf(parentId, page));
  return toConnection(
    rows,
    page,
    (row) => timeIdCursorOf(row.createdAt, row.id),
    () => loaders.counts.load(parentId),
  );
}
