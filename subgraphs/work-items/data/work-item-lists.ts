import { raw, sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { badInput } from '../../../lib/errors';
import { uuidPattern } from '../../../lib/ids';
import type { Page } from '../../../lib/relay';
import type { WorkItemsPrisma } from '../context';
import type { WorkItem } from '../generated/prisma/client';
import type { OrderDirection, WorkItemOrder, WorkItemOrderField } from '../generated/resolvers-types';
import { formatCalendarDate } from '../../../lib/graphql-scalars';
import { filterConditionsSql, type ItemFilter } from './filters';

/** Every column of `work_item w` under the WorkItem model's field names, so raw rows are WorkItem rows. */
export const workItemColumnsSql = raw(`w.id, w.project_id AS "projectId", w.number, w.type, w.title, w.description,
  w.state_id AS "stateId", w.state_entered_at AS "stateEnteredAt", w.priority, w.estimate,
  w.assignee_id AS "assigneeId", w.reporter_id AS "reporterId", w.parent_id AS "parentId", w.path,
  w.due_date AS "dueDate", w.rank, w.custom_fields AS "customFields", w.version,
  w.client_mutation_id AS "clientMutationId", w.created_at AS "createdAt", w.updated_at AS "updatedAt",
  w.archived_at AS "archivedAt"`);

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
function sortKeySql(order: ItemOrder): Sql {
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
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function validSortValue(order: ItemOrder, value: string): boolean {
  switch (order.field) {
    case 'RANK':
      return value.length > 0 && value.length <= 128;
    case 'PRIORITY':
      return /^[0-4]$/.test(value);
    case 'DUE_DATE':
      return value === 'infinity' || value === '-infinity' || (isoDate.test(value) && !Number.isNaN(Date.parse(value)));
    case 'CREATED_AT':
    case 'UPDATED_AT':
    default:
      return isoTimestamp.test(value) && !Number.isNaN(Date.parse(value));
  }
}

/** The [sort value, id] a cursor points after, checked against the order; BAD_USER_INPUT `after` otherwise. */
export function decodeItemCursor(page: Page, order: ItemOrder, path = 'after'): ItemCursor | null {
  if (!page.after) return null;
  const [value, id] = page.after;
  if (page.after.length !== 2 || value === undefined || !id || !uuidPattern.test(id) || !validSortValue(order, value)) {
    throw badInput(path, 'after is not a valid cursor for this order.');
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

/** Rows after the cursor, as one row comparison on (sort key, id): an index range condition. */
function afterCursorSql(order: ItemOrder, cursor: ItemCursor | null): Sql {
  if (!cursor) return sql`TRUE`;
  const key = sortKeySql(order);
  const value = cursorValueSql(order, cursor.value);
  return order.direction === 'ASC'
    ? sql`(${key}, w.id) > (${value}, ${cursor.id}::uuid)`
    : sql`(${key}, w.id) < (${value}, ${cursor.id}::uuid)`;
}

function orderBySql(order: ItemOrder): Sql {
  const key = sortKeySql(order);
  return order.direction === 'ASC' ? sql`ORDER BY ${key} ASC, w.id ASC` : sql`ORDER BY ${key} DESC, w.id DESC`;
}

export interface ItemListQuery {
  projectId: string;
  filter: ItemFilter;
  order: ItemOrder;
  cursor: ItemCursor | null;
  take: number;
}

/** One page of a project's items: the filter, the keyset condition, the order, the limit. */
export function itemPageSql(query: ItemListQuery): Sql {
  return sql`SELECT ${workItemColumnsSql} FROM work_item w
    WHERE w.project_id = ${query.projectId}::uuid AND ${filterConditionsSql(query.filter)}
      AND ${afterCursorSql(query.order, query.cursor)}
    ${orderBySql(query.order)}
    LIMIT ${query.take}`;
}

/** How many of a project's items match the filter (the same WHERE as the pages, without the cursor). */
export function itemCountSql(projectId: string, filter: ItemFilter): Sql {
  return sql`SELECT count(*)::int AS count FROM work_item w
    WHERE w.project_id = ${projectId}::uuid AND ${filterConditionsSql(filter)}`;
}

export async function itemPage(prisma: WorkItemsPrisma, query: ItemListQuery): Promise<WorkItem[]> {
  return prisma.$queryRaw<WorkItem[]>(itemPageSql(query));
}

export async function itemCount(prisma: WorkItemsPrisma, projectId: string, filter: ItemFilter): Promise<number> {
  const rows = await prisma.$queryRaw<{ count: number }[]>(itemCountSql(projectId, filter));
  return rows[0]?.count ?? 0;
}
