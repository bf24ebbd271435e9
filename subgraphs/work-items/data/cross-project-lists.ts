import { sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { z } from 'zod';
import { poolRows } from '../../../lib/db/pool-rows';
import type { WorkItemsPrisma } from '../db';
import type { WorkItem } from '../generated/prisma/client';
import { filterKey, type ItemFilter } from '../rules/item-filter';
import { filterConditionsSql } from './filter-sql';
import { toWorkItem, workItemColumns, WorkItemRow } from './items';
import { afterCursorSql, readDirection, sortKeySql, type ItemCursor, type ItemOrder } from './work-item-lists';
import { keysetSql } from '../../../lib/keyset';

/** A page of items across several projects (the ones the caller reads), in one order. */
export interface CrossProjectQuery {
  projectIds: readonly string[];
  filter: ItemFilter;
  order: ItemOrder;
  cursor: ItemCursor | null;
  take: number;
  /** `last`/`before`: read in the reverse of `order` from the cursor. */
  backward: boolean;
}

/**
 * Each project's first `take` items after the cursor, read from that project's index for the order
 * (a LATERAL range scan that stops after its rows), then merged: never a sort of every matching
 * item, however many the projects hold.
 */
export function crossProjectPageSql(query: CrossProjectQuery): Sql {
  const { order } = query;
  const key = sortKeySql(order);
  const { order: direction } = keysetSql(readDirection(order, query.backward));
  return sql`SELECT page.* FROM unnest(${[...query.projectIds]}::uuid[]) AS p(id)
    CROSS JOIN LATERAL (
      SELECT ${workItemColumns}, ${key} AS sort_key, w.id AS sort_id FROM work_item w
      WHERE w.project_id = p.id AND ${filterConditionsSql(query.filter)} AND ${afterCursorSql(order, query.cursor, query.backward)}
      ORDER BY ${key} ${direction}, w.id ${direction}
      LIMIT ${query.take}
    ) page
    ORDER BY page.sort_key ${direction}, page.sort_id ${direction}
    LIMIT ${query.take}`;
}

/** How many items of the projects match the filter. */
export function crossProjectCountSql(query: Pick<CrossProjectQuery, 'projectIds' | 'filter'>): Sql {
  return sql`SELECT count(*)::int AS count FROM work_item w
    WHERE w.project_id = ANY(${[...query.projectIds]}::uuid[]) AND ${filterConditionsSql(query.filter)}`;
}

export const crossProjectKey = (query: CrossProjectQuery): string =>
  JSON.stringify([query.projectIds, filterKey(query.filter), query.order, query.cursor, query.take, query.backward]);

export const crossProjectCountKey = (query: Pick<CrossProjectQuery, 'projectIds' | 'filter'>): string =>
  JSON.stringify([query.projectIds, filterKey(query.filter)]);

export async function crossProjectPage(prisma: WorkItemsPrisma, query: CrossProjectQuery): Promise<WorkItem[]> {
  if (query.projectIds.length === 0) return [];
  const rows = await poolRows(prisma, 'crossProjectPage', WorkItemRow, crossProjectPageSql(query));
  return rows.map((row) => toWorkItem(row));
}

const CountRow = z.object({ count: z.number().int() });

export async function crossProjectCount(
  prisma: WorkItemsPrisma,
  query: Pick<CrossProjectQuery, 'projectIds' | 'filter'>,
): Promise<number> {
  if (query.projectIds.length === 0) return 0;
  const [row] = await poolRows(prisma, 'crossProjectCount', CountRow, crossProjectCountSql(query));
  return row?.count ?? 0;
}
