import { formatCalendarDate } from '../../../lib/graphql-scalars';
import type { Prisma } from '../generated/prisma/client';
import type { WorkItemFilter } from '../generated/resolvers-types';
import { conditionFields, type ConditionField } from '../rules/filter-conditions';

type Stored = Prisma.InputJsonValue;

const fieldNames = Object.keys(conditionFields) as ConditionField[];

/** A comparator's value as JSON: dates as YYYY-MM-DD, times as ISO strings, IDs global as given. */
function storedValue(field: ConditionField, value: unknown): Stored {
  if (Array.isArray(value)) return value.map((entry) => storedValue(field, entry) as string | number);
  if (value instanceof Date) {
    return conditionFields[field].kind === 'date' ? formatCalendarDate(value) : value.toISOString();
  }
  return value as Stored;
}

/** One comparator, of a field of `field`'s kind, as JSON (unset operators left out). */
export function storedComparator(field: ConditionField, comparator: object): Record<string, Stored> {
  const entries = Object.entries(comparator).filter(([, value]) => value !== null && value !== undefined);
  return Object.fromEntries(entries.map(([op, value]) => [op, storedValue(field, value)]));
}

/** The comparators of one filter object as saved_view.filter stores them (unset operators left out). */
export function storedComparatorsOf(filter: WorkItemFilter): Record<string, Stored> {
  const stored: Record<string, Stored> = {};
  for (const field of fieldNames) {
    const comparator = filter[field];
    if (comparator) stored[field] = storedComparator(field, comparator);
  }
  return stored;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A stored value back as its input type; anything of the wrong shape is dropped. */
function loadedValue(field: ConditionField, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((entry) => loadedValue(field, entry)).filter((entry) => entry !== null);
  const kind = conditionFields[field].kind;
  if (typeof value === 'boolean') return value;
  if (kind === 'number') return typeof value === 'number' ? value : null;
  if (typeof value !== 'string') return null;
  if (kind === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00.000Z`) : null;
  if (kind === 'dateTime') {
    const time = new Date(value);
    return Number.isNaN(time.getTime()) ? null : time;
  }
  return value;
}

/** A stored comparator back as its input, read as a comparator of `field`'s kind; null when it is not one. */
export function loadedComparator(field: ConditionField, stored: unknown): Record<string, unknown> | null {
  if (!isObject(stored)) return null;
  return Object.fromEntries(Object.entries(stored).map(([op, value]) => [op, loadedValue(field, value)]));
}

/** The comparators of a stored filter object, as the WorkItemFilter input they were given as. */
export function comparatorsFromStored(stored: Record<string, unknown>): Partial<WorkItemFilter> {
  const filter: Record<string, Record<string, unknown>> = {};
  for (const field of fieldNames) {
    const comparator = loadedComparator(field, stored[field]);
    if (comparator) filter[field] = comparator;
  }
  return filter as Partial<WorkItemFilter>;
}
