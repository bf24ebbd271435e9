import { sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { z } from 'zod';
import { poolRows } from '../../../lib/db/pool-rows';
import { uuidPattern } from '../../../lib/ids';
import { keysetSql, startId, type Direction } from '../../../lib/keyset';
import { invalidCursor, type Page } from '../../../lib/relay';
import type { WorkItemsPrisma } from '../db';
import type { WorkItem } from '../generated/prisma/client';
import { maxRankLength } from '../rules/ranks';
import { filterKey, type ItemFilter } from '../rules/item-filter';
import { filterConditionsSql } from './filter-sql';
import { toWorkItem, workItemColumns, WorkItemPageRow } from './items';

/** One board column page: the column's items after (rank, id), at most `take`, matching the board's filter. */
export interface ColumnPageRequest {
  projectId: string;
  stateId: string;
  afterRank: string;
  afterId: string;
  take: number;
  /** ASC from `after`; DESC from `before` (the connection turns the rows back). */
  direction: Direction;
  filter: ItemFilter;
}

export interface ColumnCountRequest {
  projectId: string;
  stateId: string;
  filter: ItemFilter;
}

/**
 * The (rank, id) a column page starts from: its cursor's, else beyond every rank in its direction (the
 * empty string below them; '~' above them, ranks being 0-9A-Za-z compared byte by byte).
 */
export function columnCursorOf(page: Page, path = ''): { afterRank: string; afterId: string } {
  if (!page.cursor) {
    return page.backward ? { afterRank: '~', afterId: startId('DESC') } : { afterRank: '', afterId: startId('ASC') };
  }
  const [rank, id] = page.cursor;
  if (page.cursor.length !== 2 || !rank || rank.length > maxRankLength || !id || !uuidPattern.test(id)) {
    throw invalidCursor(page, path);
  }
  return { afterRank: rank, afterId: id };
}

export const columnItemCursorOf = (item: WorkItem): string[] => [item.rank, item.id];

export const columnPageKey = (r: ColumnPageRequest): string =>
  [r.projectId, r.stateId, r.afterRank, r.afterId, r.take, r.direction, filterKey(r.filter)].join('\u0000');
export const columnCountKey = (r: ColumnCountRequest): string =>
  [r.projectId, r.stateId, filterKey(r.filter)].join('\u0000');

/**
 * Requests grouped by their filter (and page direction), keeping each request's position: one
 * statement per group.
 */
function byFilter<T extends { filter: ItemFilter; direction?: Direction }>(
  requests: readonly T[],
): { filter: ItemFilter; at: number[] }[] {
  const groups = new Map<string, { filter: ItemFilter; at: number[] }>();
  requests.forEach((request, i) => {
    const key = `${request.direction ?? ''}:${filterKey(request.filter)}`;
    const group = groups.get(key) ?? { filter: request.filter, at: [] };
    group.at.push(i);
    groups.set(key, group);
  });
  return [...groups.values()];
}

/**
 * Pages of many columns sharing one filter, in one statement: each requested (project, state, cursor,
 * take) is a LATERAL range scan of the index (project_id, state_id, rank, id) that stops after `take`.
 * Archived items never show on a board.
 */
export function columnPagesSql(requests: readonly Omit<ColumnPageRequest, 'filter'>[], filter: ItemFilter): Sql {
  const k = keysetSql(requests[0]?.direction ?? 'ASC');
  return sql`SELECT req.idx::int AS idx, ${workItemColumns}
    FROM unnest(
      ${requests.map((r) => r.projectId)}::uuid[],
      ${requests.map((r) => r.stateId)}::uuid[],
      ${requests.map((r) => r.afterRank)}::varchar[],
      ${requests.map((r) => r.afterId)}::uuid[],
      ${requests.map((r) => r.take)}::int[]
    ) WITH ORDINALITY AS req(project_id, state_id, after_rank, after_id, take, idx)
    CROSS JOIN LATERAL (
      SELECT * FROM work_item w
      WHERE w.project_id = req.project_id AND w.state_id = req.state_id
        AND (w.rank, w.id) ${k.compare} (req.after_rank, req.after_id)
        AND ${filterConditionsSql({ ...filter, archived: 'EXCLUDE' })}
      ORDER BY w.rank ${k.order}, w.id ${k.order}
      LIMIT req.take
    ) w
    ORDER BY req.idx, w.rank ${k.order}, w.id ${k.order}`;
}

/** Unarchived items per (project, state) matching the filter, for the columns asked, in one statement. */
export function columnCountsSql(requests: readonly Omit<ColumnCountRequest, 'filter'>[], filter: ItemFilter): Sql {
  return sql`SELECT w.project_id::text AS "projectId", w.state_id::text AS "stateId", count(*)::int AS count
    FROM work_item w
    WHERE w.project_id = ANY(${[...new Set(requests.map((r) => r.projectId))]}::uuid[])
      AND w.state_id = ANY(${[...new Set(requests.map((r) => r.stateId))]}::uuid[])
      AND ${filterConditionsSql({ ...filter, archived: 'EXCLUDE' })}
    GROUP BY w.project_id, w.state_id`;
}

export async function columnPages(
  prisma: WorkItemsPrisma,
  requests: readonly ColumnPageRequest[],
): Promise<WorkItem[][]> {
  const pages: WorkItem[][] = requests.map(() => []);
  for (const group of byFilter(requests)) {
    const asked = group.at.map((i) => requests[i]!);
    const rows = await poolRows(prisma, 'columnPages', WorkItemPageRow, columnPagesSql(asked, group.filter));
    for (const { idx, ...row } of rows) pages[group.at[idx - 1]!]!.push(toWorkItem(row));
  }
  return pages;
}

const ColumnCountRow = z.object({ projectId: z.string(), stateId: z.string(), count: z.number().int() });

export async function columnCounts(
  prisma: WorkItemsPrisma,
  requests: readonly ColumnCountRequest[],
): Promise<number[]> {
  const counts: number[] = requests.map(() => 0);
  for (const group of byFilter(requests)) {
    const asked = group.at.map((i) => requests[i]!);
    const rows = await poolRows(prisma, 'columnCounts', ColumnCountRow, columnCountsSql(asked, group.filter));
    const byColumn = new Map(rows.map((row) => [`${row.projectId}:${row.stateId}`, row.count]));
    group.at.forEach((i) => {
      const request = requests[i]!;
      counts[i] = byColumn.get(`${request.projectId}:${request.stateId}`) ?? 0;
    });
  }
  return counts;
}
