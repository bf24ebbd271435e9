import { sqltag as sql } from '@prisma/client/runtime/client';
import { badInput } from '../../../lib/errors';
import { countsOf, pageRequestsSql, pagesOf, ParentCountRow, type PageRequest } from '../../../lib/db/batched-pages';
import { inDirections } from '../../../lib/keyset';
import { parseRows } from '../../../lib/db/parse-rows';
import type { WorkItemsPrisma } from '../db';
import type { Prisma, SavedView } from '../generated/prisma/client';
import type {
  CustomFieldFilter,
  OrderDirection,
  WorkItemFilter,
  WorkItemOrder,
  WorkItemOrderField,
} from '../generated/resolvers-types';
import { formatCalendarDate } from '../../../lib/graphql-scalars';
import { PageIndex, SavedViewRow } from './rows';
import { comparatorsFromStored, loadedComparator, storedComparator, storedComparatorsOf } from './stored-comparators';
import type { ConditionField } from '../rules/filter-conditions';
import { customComparators } from '../rules/item-filter';
import { defaultOrder, type ItemOrder } from './work-item-lists';

export const maxViewNameLength = 100;

/** A view name: trimmed, 1 to 100 characters. */
export function viewNameOf(name: string, path: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > maxViewNameLength) {
    throw badInput(path, `The name must be 1 to ${maxViewNameLength} characters.`);
  }
  return trimmed;
}

const filterListKeys = ['stateIds', 'stateCategories', 'types', 'assigneeIds', 'labelIds', 'priorities'] as const;
const conditionKeys = ['text', 'number', 'date', 'option', 'userId'] as const;

/** The comparator members of a custom field condition, each with the built-in field whose kind it shares. */
const comparatorEntries = Object.entries(customComparators) as [keyof typeof customComparators, ConditionField][];

const given = (value: unknown): boolean => value !== null && value !== undefined;

/**
 * A validated filter input as stored in `saved_view.filter`: global IDs kept, dates as YYYY-MM-DD,
 * unset fields left out.
 */
export function storedFilterOf(filter: WorkItemFilter | null | undefined): Prisma.InputJsonObject {
  if (!filter) return {};
  const stored: Record<string, Prisma.InputJsonValue> = {};
  for (const key of filterListKeys) {
    const list = filter[key];
    if (list) stored[key] = [...new Set<string>(list)];
  }
  if (given(filter.unassigned)) stored.unassigned = filter.unassigned as boolean;
  if (filter.parentId) stored.parentId = filter.parentId;
  if (filter.dueAfter) stored.dueAfter = formatCalendarDate(filter.dueAfter);
  if (filter.dueBefore) stored.dueBefore = formatCalendarDate(filter.dueBefore);
  if (filter.archived) stored.archived = filter.archived;
  if (filter.search) stored.search = filter.search;
  if (given(filter.blocked)) stored.blocked = filter.blocked as boolean;
  if (filter.customFields) {
    stored.customFields = filter.customFields.map((condition) => {
      const value: Record<string, Prisma.InputJsonValue> = { fieldId: condition.fieldId };
      for (const key of conditionKeys) {
        const member = condition[key];
        if (given(member)) value[key] = member instanceof Date ? formatCalendarDate(member) : (member as string);
      }
      for (const [member, kind] of Object.entries(customComparators) as [
        keyof typeof customComparators,
        ConditionField,
      ][]) {
        const comparator = condition[member];
        if (comparator) value[member] = storedComparator(kind, comparator);
      }
      if (given(condition.null)) value.null = condition.null as boolean;
      return value;
    });
  }
  Object.assign(stored, storedComparatorsOf(filter));
  if (filter.and) stored.and = filter.and.map((sub) => storedFilterOf(sub));
  if (filter.or) stored.or = filter.or.map((sub) => storedFilterOf(sub));
  if (filter.not) stored.not = storedFilterOf(filter.not);
  return stored;
}

const asDate = (value: unknown): Date | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00.000Z`) : null;
const asStrings = (value: unknown): string[] | null =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A stored filter back as the WorkItemFilter it was given as (what WorkItemFilterValue shows). */
export function filterFromStored(json: Prisma.JsonValue): WorkItemFilter {
  const stored = json && typeof json === 'object' && !Array.isArray(json) ? json : {};
  const filter: WorkItemFilter = {};
  filter.stateIds = asStrings(stored.stateIds);
  filter.stateCategories = asStrings(stored.stateCategories) as WorkItemFilter['stateCategories'];
  filter.types = asStrings(stored.types) as WorkItemFilter['types'];
  filter.assigneeIds = asStrings(stored.assigneeIds);
  filter.labelIds = asStrings(stored.labelIds);
  filter.priorities = asStrings(stored.priorities) as WorkItemFilter['priorities'];
  filter.unassigned = typeof stored.unassigned === 'boolean' ? stored.unassigned : null;
  filter.parentId = asString(stored.parentId);
  filter.dueAfter = asDate(stored.dueAfter);
  filter.dueBefore = asDate(stored.dueBefore);
  filter.archived = asString(stored.archived) as WorkItemFilter['archived'];
  filter.search = asString(stored.search);
  filter.blocked = typeof stored.blocked === 'boolean' ? stored.blocked : null;
  filter.customFields = Array.isArray(stored.customFields)
    ? stored.customFields.flatMap((entry): CustomFieldFilter[] => {
        if (!entry || typeof entry !== 'object' || Array.isArray(entry) || typeof entry.fieldId !== 'string') return [];
        return [
          {
            fieldId: entry.fieldId,
            text: asString(entry.text),
            number: typeof entry.number === 'number' ? entry.number : null,
            date: asDate(entry.date),
            option: asString(entry.option),
            userId: asString(entry.userId),
            ...Object.fromEntries(
              comparatorEntries.map(([member, kind]) => [member, loadedComparator(kind, entry[member])]),
            ),
            null: typeof entry.null === 'boolean' ? entry.null : null,
          } as CustomFieldFilter,
        ];
      })
    : null;
  const nested = (value: unknown) => (Array.isArray(value) ? value.map((entry) => filterFromStored(entry)) : null);
  Object.assign(filter, comparatorsFromStored(stored));
  filter.and = nested(stored.and);
  filter.or = nested(stored.or);
  filter.not =
    stored.not && typeof stored.not === 'object' && !Array.isArray(stored.not) ? filterFromStored(stored.not) : null;
  return filter;
}

export function storedOrderOf(order: WorkItemOrder | null | undefined): Prisma.InputJsonObject {
  return order ? { field: order.field, direction: order.direction ?? 'ASC' } : { ...defaultOrder };
}

const orderFields = new Set<string>(['RANK', 'CREATED_AT', 'UPDATED_AT', 'PRIORITY', 'DUE_DATE']);

export function orderFromStored(json: Prisma.JsonValue): ItemOrder {
  const stored = json && typeof json === 'object' && !Array.isArray(json) ? json : {};
  const field = asString(stored.field);
  const direction = asString(stored.direction);
  if (!field || !orderFields.has(field)) return defaultOrder;
  return {
    field: field as WorkItemOrderField,
    direction: (direction === 'DESC' ? 'DESC' : 'ASC') satisfies OrderDirection,
  };
}

const SavedViewPageRow = SavedViewRow.extend(PageIndex);

/** Pages of the views of projects (parentId) the viewer sees, oldest first: their own and shared ones. */
export async function visibleViewPages(
  prisma: WorkItemsPrisma,
  viewerId: string,
  requests: readonly PageRequest[],
): Promise<SavedView[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'visibleViewPages',
      SavedViewPageRow,
      await prisma.$queryRaw(sql`
      SELECT req.idx::int AS idx, v.id, v.project_id AS "projectId", v.owner_id AS "ownerId", v.name, v.shared,
        v.filter, v.order_by AS "orderBy", v.created_at AS "createdAt", v.updated_at AS "updatedAt"
      FROM ${pageRequestsSql(group)}
      CROSS JOIN LATERAL (
        SELECT * FROM saved_view v
        WHERE v.project_id = req.parent_id AND (v.owner_id = ${viewerId}::uuid OR v.shared)
          AND (v.created_at, v.id) ${k.compare} (req.after_time, req.after_id)
        ORDER BY v.created_at ${k.order}, v.id ${k.order}
        LIMIT req.take
      ) v
      ORDER BY req.idx, v.created_at ${k.order}, v.id ${k.order}`),
    );
    return pagesOf(group, rows, ({ idx: _idx, ...view }) => view);
  });
}

export async function visibleViewCounts(
  prisma: WorkItemsPrisma,
  viewerId: string,
  projectIds: readonly string[],
): Promise<number[]> {
  const rows = parseRows(
    'visibleViewCounts',
    ParentCountRow,
    await prisma.$queryRaw(sql`
      SELECT project_id::text AS "parentId", count(*)::int AS count FROM saved_view
      WHERE project_id = ANY(${[...projectIds]}::uuid[]) AND (owner_id = ${viewerId}::uuid OR shared)
      GROUP BY project_id`),
  );
  return countsOf(projectIds, rows);
}
