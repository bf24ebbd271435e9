import { join, sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { z } from 'zod';
import { poolRows } from '../../../lib/db/pool-rows';
import { uuidPattern } from '../../../lib/ids';
import { parseIsoDate, parseIsoDateTime } from '../../../lib/iso-dates';
import { keysetSql } from '../../../lib/keyset';
import { invalidCursor, type Page } from '../../../lib/relay';
import type { WorkItemsPrisma } from '../db';
import type { WorkItem } from '../generated/prisma/client';
import type { OrderDirection, WorkItemOrder, WorkItemOrderField } from '../generated/resolvers-types';
import { formatCalendarDate } from '../../../lib/graphql-scalars';
import { filterKey, type ItemFilter } from '../rules/item-filter';
import { filterConditionsSql } from './filter-sql';
import { toWorkItem, workItemColumns, WorkItemPageRow } from './items';
import { PageIndex } from './rows';

export interface ItemOrder {
  field: WorkItemOrderField;
  direction: OrderDirection;
}

/** Newest first when no order is given. */
export const defaultOrder: ItemOrder = { field: 'CREATED_AT', direction: 'DESC' };

export function itemOrderOf(orderBy: WorkItemOrder | null | undefined): ItemOrder {
  return orderBy ? { field: orderBy.field, direction: orderBy.direction ?? 'ASC' } : defaultOrder;
}

/**
 * The sort key of each order, an expression a btree index of the migrations holds after project_id.
 * Due dates are never null in the key: missing ones sort as +infinity ascending and -infinity
 * descending, so they come last both ways and the key stays comparable in a row comparison.
 */
export function sortKeySql(order: ItemOrder): Sql {
  switch (order.field) {
    case 'RANK':
      return sql`w.rank`;
    case 'UPDATED_AT':
      return sql`w.updated_at`;
    case 'PRIORITY':
      return sql`w.priority`;
    case 'DUE_DATE':
      return order.direction === 'ASC'
        ? sql`COALESCE(w.due_date, 'infinity'::date)`
        : sql`COALESCE(w.due_date, '-infinity'::date)`;
    case 'CREATED_AT':
    default:
      return sql`w.created_at`;
  }
}

/** The cursor value of a row for an order: the sort key as text. */
export function sortValueOf(item: WorkItem, order: ItemOrder): string {
  switch (order.field) {
    case 'RANK':
      return item.rank;
    case 'UPDATED_AT':
      return item.updatedAt.toISOString();
    case 'PRIORITY':
      return String(item.priority);
    case 'DUE_DATE':
      if (item.dueDate) return formatCalendarDate(item.dueDate);
      return order.direction === 'ASC' ? 'infinity' : '-infinity';
    case 'CREATED_AT':
    default:
      return item.createdAt.toISOString();
  }
}

export const itemCursorOf =
  (order: ItemOrder) =>
  (item: WorkItem): string[] => [sortValueOf(item, order), item.id];

export interface ItemCursor {
  value: string;
  id: string;
}

const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function validSortValue(order: ItemOrder, value: string): boolean {
  switch (order.field) {
    case 'RANK':
      return value.length > 0 && value.length <= 128;
    case 'PRIORITY':
      return /^[0-4]$/.test(value);
    case 'DUE_DATE':
      return value === 'infinity' || value === '-infinity' || parseIsoDate(value) !== null;
    case 'CREATED_AT':
    case 'UPDATED_AT':
    default:
      return isoTimestamp.test(value) && parseIsoDateTime(value) !== null;
  }
}

/**
 * The [sort value, id] a cursor points at, checked against the order; BAD_USER_INPUT naming `after`
 * (or `before`) otherwise.
 */
export function decodeItemCursor(page: Page, order: ItemOrder, path = ''): ItemCursor | null {
  if (!page.cursor) return null;
  const [value, id] = page.cursor;
  if (
    page.cursor.length !== 2 ||
    value === undefined ||
    !id ||
    !uuidPattern.test(id) ||
    !validSortValue(order, value)
  ) {
    throw invalidCursor(page, path, 'for this order');
  }
  return { value, id };
}

function cursorValueSql(order: ItemOrder, value: string): Sql {
  switch (order.field) {
    case 'RANK':
      return sql`${value}::varchar`;
    case 'PRIORITY':
      return sql`${Number(value)}::smallint`;
    case 'DUE_DATE':
      return sql`${value}::date`;
    case 'CREATED_AT':
    case 'UPDATED_AT':
    default:
      return sql`${value}::timestamptz`;
  }
}

/** The direction a page of a list in `order` is read in: the order's, reversed for `last`/`before`. */
export const readDirection = (order: ItemOrder, backward: boolean): 'ASC' | 'DESC' =>
  (order.direction === 'ASC') !== backward ? 'ASC' : 'DESC';

/** Rows beyond the cursor in the read direction, as one row comparison on (sort key, id): an index range condition. */
export function afterCursorSql(order: ItemOrder, cursor: ItemCursor | null, backward = false): Sql {
  if (!cursor) return sql`TRUE`;
  const key = sortKeySql(order);
  const value = cursorValueSql(order, cursor.value);
  return sql`(${key}, w.id) ${keysetSql(readDirection(order, backward)).compare} (${value}, ${cursor.id}::uuid)`;
}

/** The ORDER BY of a list's key (and id) in the read direction. */
export function orderBySql(order: ItemOrder, backward = false): Sql {
  const key = sortKeySql(order);
  const { order: direction } = keysetSql(readDirection(order, backward));
  return sql`ORDER BY ${key} ${direction}, w.id ${direction}`;
}

export interface ItemListQuery {
  projectId: string;
  filter: ItemFilter;
  order: ItemOrder;
  cursor: ItemCursor | null;
  take: number;
  /** `last`/`before`: read in the reverse of `order` from the cursor (the connection turns the rows back). */
  backward: boolean;
}

/** One page of a project's items: the filter, the keyset condition, the order, the limit. */
export function itemPageSql(query: ItemListQuery): Sql {
  return sql`SELECT ${workItemColumns} FROM work_item w
    WHERE ${itemListConditionsSql(query)}
    ${orderBySql(query.order, query.backward)}
    LIMIT ${query.take}`;
}

/**
 * The ids of the first `take` items of a list (no cursor): the same conditions and order as its
 * pages, without the rows (`savedViewItemIds`).
 */
export function itemIdsSql(query: Omit<ItemListQuery, 'cursor' | 'backward'>): Sql {
  return sql`SELECT w.id::text AS id FROM work_item w
    WHERE ${itemListConditionsSql({ ...query, cursor: null, backward: false })}
    ${orderBySql(query.order)}
    LIMIT ${query.take}`;
}

function itemListConditionsSql(query: ItemListQuery): Sql {
  return sql`w.project_id = ${query.projectId}::uuid AND ${filterConditionsSql(query.filter)}
      AND ${afterCursorSql(query.order, query.cursor, query.backward)}`;
}

/**
 * Pages of several lists (saved views side by side) in one statement: each list is its own
 * subquery with its own filter, order and limit, numbered by a window over the same order. A single
 * list is exactly itemPageSql, the statement whose plans the README records.
 */
export function itemPagesSql(queries: readonly ItemListQuery[]): Sql {
  if (queries.length === 1) return sql`SELECT 1 AS idx, page.* FROM (${itemPageSql(queries[0]!)}) page`;
  const pages = queries.map(
    (
      query,
      i,
    ) => sql`(SELECT ${i + 1}::int AS idx, row_number() OVER (${orderBySql(query.order, query.backward)}) AS ord,
        ${workItemColumns}
      FROM work_item w
      WHERE ${itemListConditionsSql(query)}
      ${orderBySql(query.order, query.backward)}
      LIMIT ${query.take})`,
  );
  return sql`SELECT page.* FROM (${join(pages, ' UNION ALL ')}) page ORDER BY idx, ord`;
}

/** How many of a project's items match the filter (the same WHERE as the pages, without the cursor). */
export function itemCountSql(projectId: string, filter: ItemFilter): Sql {
  return sql`SELECT count(*)::int AS count FROM work_item w
    WHERE w.project_id = ${projectId}::uuid AND ${filterConditionsSql(filter)}`;
}

export interface ItemCountQuery {
  projectId: string;
  filter: ItemFilter;
}

/** The counts of several lists in one statement, one scalar subquery each. */
export function itemCountsSql(queries: readonly ItemCountQuery[]): Sql {
  const counts = queries.map(
    (query, i) => sql`SELECT ${i + 1}::int AS idx, (${itemCountSql(query.projectId, query.filter)}) AS count`,
  );
  return join(counts, ' UNION ALL ');
}

export const itemListKey = (query: ItemListQuery): string =>
  JSON.stringify([query.projectId, filterKey(query.filter), query.order, query.cursor, query.take, query.backward]);

export const itemCountKey = (query: ItemCountQuery): string =>
  JSON.stringify([query.projectId, filterKey(query.filter)]);

export async function itemPages(prisma: WorkItemsPrisma, queries: readonly ItemListQuery[]): Promise<WorkItem[][]> {
  const rows = await poolRows(prisma, 'itemPages', WorkItemPageRow, itemPagesSql(queries));
  const pages: WorkItem[][] = queries.map(() => []);
  for (const { idx, ...row } of rows) pages[idx - 1]?.push(toWorkItem(row));
  return pages;
}

const ItemCountRow = z.object({ ...PageIndex, count: z.number().int() });

export async function itemCounts(prisma: WorkItemsPrisma, queries: readonly ItemCountQuery[]): Promise<number[]> {
  const rows = await poolRows(prisma, 'itemCounts', ItemCountRow, itemCountsSql(queries));
  const counts = queries.map(() => 0);
  for (const row of rows) counts[row.idx - 1] = row.count;
  return counts;
}
