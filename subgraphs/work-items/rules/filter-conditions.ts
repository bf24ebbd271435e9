import { badInput } from '../../../lib/errors';
import { formatCalendarDate } from '../../../lib/graphql-scalars';
import { fromGlobalId } from '../../../lib/ids';
import type { WorkItemFilter } from '../generated/resolvers-types';
import { priorityValue, type Priority } from '../priority';

/** The item fields a filter compares, each with the kind of value it holds. */
export const conditionFields = {
  state: { kind: 'id', idType: 'WorkflowState' },
  stateCategory: { kind: 'enum' },
  type: { kind: 'enum' },
  priority: { kind: 'priority' },
  assignee: { kind: 'id', idType: 'User' },
  reporter: { kind: 'id', idType: 'User' },
  parent: { kind: 'id', idType: 'WorkItem' },
  release: { kind: 'id', idType: 'Release' },
  labels: { kind: 'id', idType: 'Label' },
  watcher: { kind: 'id', idType: 'User' },
  sprint: { kind: 'id', idType: 'Sprint' },
  estimate: { kind: 'number' },
  dueDate: { kind: 'date' },
  createdAt: { kind: 'dateTime' },
  updatedAt: { kind: 'dateTime' },
  title: { kind: 'text' },
} as const satisfies Record<string, { kind: string; idType?: string }>;

export type ConditionField = keyof typeof conditionFields;
export type Operator = 'eq' | 'neq' | 'in' | 'nin' | 'lt' | 'lte' | 'gt' | 'gte' | 'null' | 'contains' | 'notContains';

/**
 * One comparison on one field, values normalised: raw uuids, priorities as their numbers, dates as
 * YYYY-MM-DD, times as ISO strings. `in`/`nin` hold a list; `null` a boolean.
 */
export interface Condition {
  field: ConditionField;
  op: Operator;
  value: string | number | boolean | (string | number)[];
}

const operators: readonly Operator[] = [
  'eq',
  'neq',
  'in',
  'nin',
  'lt',
  'lte',
  'gt',
  'gte',
  'null',
  'contains',
  'notContains',
];
export const maxFilterListLength = 100;
export const maxContainsLength = 200;
export const maxFilterTextLength = 1000;

const isValidDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

function scalarOf(field: ConditionField, value: unknown, path: string): string | number {
  const spec = conditionFields[field];
  switch (spec.kind) {
    case 'id':
      return fromGlobalId(value as string, spec.idType, path);
    case 'enum':
      return value as string;
    case 'priority':
      return priorityValue(value as Priority);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw badInput(path, 'Give a finite number.');
      return value;
    case 'date':
      if (!isValidDate(value)) throw badInput(path, 'Give a date (YYYY-MM-DD).');
      return formatCalendarDate(value);
    case 'dateTime':
      if (!isValidDate(value)) throw badInput(path, 'Give a date and time.');
      return value.toISOString();
    case 'text': {
      const text = value as string;
      if (text.length > maxFilterTextLength) {
        throw badInput(path, `A text to compare may be at most ${maxFilterTextLength} characters.`);
      }
      return text;
    }
  }
}

/**
 * The comparisons of one comparator input (`filter.assignee` …), every one of which must hold.
 * `isMe` becomes `eq`/`neq` of the viewer: with no viewer, `isMe: true` matches nothing.
 */
export function conditionsOf(
  field: ConditionField,
  comparator: Record<string, unknown>,
  path: string,
  viewerId: string | null,
): Condition[] {
  const conditions: Condition[] = [];
  for (const op of operators) {
    const value = comparator[op];
    if (value === null || value === undefined) continue;
    const at = `${path}.${op}`;
    if (op === 'null') {
      conditions.push({ field, op, value: value as boolean });
    } else if (op === 'in' || op === 'nin') {
      const list = value as unknown[];
      if (list.length > maxFilterListLength)
        throw badInput(at, `${at} may hold at most ${maxFilterListLength} entries.`);
      const values = list.map((entry, i) => scalarOf(field, entry, `${at}.${i}`));
      conditions.push({ field, op, value: [...new Set(values)] });
    } else if (op === 'contains' || op === 'notContains') {
      if ((value as string).length > maxContainsLength) {
        throw badInput(at, `${op} may be at most ${maxContainsLength} characters.`);
      }
      conditions.push({ field, op, value: value as string });
    } else {
      conditions.push({ field, op, value: scalarOf(field, value, at) });
    }
  }
  const isMe = comparator.isMe;
  if (isMe === true) conditions.push(viewerId ? { field, op: 'eq', value: viewerId } : { field, op: 'in', value: [] });
  if (isMe === false && viewerId) conditions.push({ field, op: 'neq', value: viewerId });
  return conditions;
}

/** Every comparator of a filter object (not its `and`/`or`/`not`), in a fixed order. */
export function filterConditionsOf(filter: WorkItemFilter, path: string, viewerId: string | null): Condition[] {
  return (Object.keys(conditionFields) as ConditionField[]).flatMap((field) => {
    const comparator = filter[field];
    return comparator ? conditionsOf(field, comparator as Record<string, unknown>, `${path}.${field}`, viewerId) : [];
  });
}
