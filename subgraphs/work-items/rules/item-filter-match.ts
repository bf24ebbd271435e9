import type { Condition, ConditionField } from './filter-conditions';
import type { CustomFieldComparison, ItemFilter } from './item-filter';

/** What a filter reads of an item, in the normalised forms of `ItemFilter` (raw uuids, YYYY-MM-DD, priority numbers). */
export interface FilterSubject {
  stateId: string;
  stateCategory: string;
  type: string;
  priority: number;
  assigneeId: string | null;
  reporterId: string;
  parentId: string | null;
  releaseId: string | null;
  labelIds: readonly string[];
  /** Who watches it (the read model's rows with `watching`). */
  watcherIds: readonly string[];
  /** The planned or active sprint it is in; null in the backlog. */
  sprintId: string | null;
  estimate: number | null;
  dueDate: string | null;
  createdAt: Date;
  updatedAt: Date;
  archived: boolean;
  title: string;
  description: string;
  customFields: Record<string, unknown>;
  /**
   * Whether a BLOCKS relation comes into it from an unarchived item not in a DONE or CANCELED state,
   * in a project the viewer reads (`WorkItem.isBlocked`).
   */
  blocked: boolean;
}

type Scalar = string | number | null;

function scalarOf(item: FilterSubject, field: Exclude<ConditionField, 'labels' | 'watcher' | 'sprint'>): Scalar {
  switch (field) {
    case 'state':
      return item.stateId;
    case 'stateCategory':
      return item.stateCategory;
    case 'type':
      return item.type;
    case 'priority':
      return item.priority;
    case 'assignee':
      return item.assigneeId;
    case 'reporter':
      return item.reporterId;
    case 'parent':
      return item.parentId;
    case 'release':
      return item.releaseId;
    case 'estimate':
      return item.estimate;
    case 'dueDate':
      return item.dueDate;
    case 'createdAt':
      return item.createdAt.toISOString();
    case 'updatedAt':
      return item.updatedAt.toISOString();
    case 'title':
      return item.title;
  }
}

/** Times compare as instants, everything else as it is (YYYY-MM-DD dates compare as text). */
function compare(field: ConditionField, a: string | number, b: string | number): number {
  if (field === 'createdAt' || field === 'updatedAt') return Date.parse(String(a)) - Date.parse(String(b));
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function matchesScalar(field: ConditionField, actual: Scalar, condition: Pick<Condition, 'op' | 'value'>): boolean {
  const { op, value } = condition;
  const list = Array.isArray(value) ? value : [];
  const equal = (expected: string | number) => actual !== null && compare(field, actual, expected) === 0;
  if (op === 'null') return (actual === null) === value;
  if (op === 'neq') return !equal(value as string | number);
  if (op === 'nin') return !list.some(equal);
  if (actual === null) return false;
  switch (op) {
    case 'eq':
      return equal(value as string | number);
    case 'in':
      return list.some(equal);
    case 'lt':
      return compare(field, actual, value as string | number) < 0;
    case 'lte':
      return compare(field, actual, value as string | number) <= 0;
    case 'gt':
      return compare(field, actual, value as string | number) > 0;
    case 'gte':
      return compare(field, actual, value as string | number) >= 0;
    case 'contains':
      return String(actual).toLowerCase().includes(String(value).toLowerCase());
    case 'notContains':
      return !String(actual).toLowerCase().includes(String(value).toLowerCase());
  }
}

function matchesSet(ids: readonly string[], condition: Pick<Condition, 'op' | 'value'>): boolean {
  const { op, value } = condition;
  const wanted = Array.isArray(value) ? value : [value];
  const some = ids.some((id) => wanted.includes(id));
  switch (op) {
    case 'eq':
    case 'in':
      return some;
    case 'neq':
    case 'nin':
      return !some;
    case 'null':
      return (ids.length === 0) === value;
    default:
      return false;
  }
}

export function matchesCondition(item: FilterSubject, condition: Condition): boolean {
  if (condition.field === 'labels') return matchesSet(item.labelIds, condition);
  if (condition.field === 'watcher') return matchesSet(item.watcherIds, condition);
  if (condition.field === 'sprint') return matchesSet(item.sprintId ? [item.sprintId] : [], condition);
  return matchesScalar(condition.field, scalarOf(item, condition.field), condition);
}

/**
 * A comparison on a custom field's stored value: scalars as the built-in fields of their kind (dates
 * as YYYY-MM-DD text, users as uuids), a MULTI_SELECT's options as a set, as labels are.
 */
export function matchesCustomComparison(item: FilterSubject, comparison: CustomFieldComparison): boolean {
  const stored = item.customFields[comparison.fieldId];
  const actual = stored === undefined || stored === null ? null : stored;
  if (comparison.op === 'null') return (actual === null) === comparison.value;
  if (comparison.type === 'MULTI_SELECT') return matchesSet(Array.isArray(actual) ? actual : [], comparison);
  return matchesScalar('title', actual as Scalar, comparison);
}

/** jsonb containment (`@>`) for the values custom fields hold: equal scalars, or every element of an array. */
function contains(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((e) => actual.some((a) => contains(a, e)));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([key, value]) => contains((actual as Record<string, unknown>)[key], value));
  }
  return actual === expected;
}

/** The words `to_tsvector('simple', …)` makes of letters and digits, lower-cased. */
const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function matchesSearch(item: FilterSubject, tsquery: string): boolean {
  const words = wordsOf(`${item.title} ${item.description}`);
  return tsquery.split(' & ').every((term) => {
    const prefix = term.replace(/:\*$/, '');
    return words.some((word) => word.startsWith(prefix));
  });
}

/**
 * Whether an item meets a filter, decided in memory: the meaning `data/filter-sql.ts` gives a filter in
 * SQL, written out plainly (the property test holds the two to each other). Search terms are matched as
 * PostgreSQL's `simple` parser splits plain words of letters and digits.
 */
export function matchesItemFilter(item: FilterSubject, filter: ItemFilter): boolean {
  const { stateIds, stateCategories, types, assigneeIds, unassigned, labelIds, priorities } = filter;
  if (stateIds && !stateIds.includes(item.stateId)) return false;
  if (stateCategories && !stateCategories.includes(item.stateCategory)) return false;
  if (types && !types.includes(item.type)) return false;
  const assigned = item.assigneeId !== null && (assigneeIds?.includes(item.assigneeId) ?? false);
  if (assigneeIds && unassigned === true && !(assigned || item.assigneeId === null)) return false;
  if (assigneeIds && unassigned !== true && !assigned) return false;
  if (!assigneeIds && unassigned === true && item.assigneeId !== null) return false;
  if (!assigneeIds && unassigned === false && item.assigneeId === null) return false;
  if (labelIds && !labelIds.every((id) => item.labelIds.includes(id))) return false;
  if (filter.parentId && item.parentId !== filter.parentId) return false;
  if (priorities && !priorities.includes(item.priority)) return false;
  if (filter.dueAfter && !(item.dueDate !== null && item.dueDate >= filter.dueAfter)) return false;
  if (filter.dueBefore && !(item.dueDate !== null && item.dueDate <= filter.dueBefore)) return false;
  for (const condition of filter.customFields) {
    if (condition.contains === null || !contains(item.customFields, JSON.parse(condition.contains))) return false;
  }
  if (!filter.customComparisons.every((comparison) => matchesCustomComparison(item, comparison))) return false;
  if (filter.archived === 'EXCLUDE' && item.archived) return false;
  if (filter.archived === 'ONLY' && !item.archived) return false;
  if (filter.tsquery && !matchesSearch(item, filter.tsquery)) return false;
  if (filter.blocked && item.blocked !== filter.blocked.is) return false;
  if (!filter.conditions.every((condition) => matchesCondition(item, condition))) return false;
  if (!filter.and.every((sub) => matchesItemFilter(item, sub))) return false;
  if (filter.or && !filter.or.some((sub) => matchesItemFilter(item, sub))) return false;
  return !(filter.not && matchesItemFilter(item, filter.not));
}
