import { badInput } from '../../../lib/errors';
import { fromGlobalId } from '../../../lib/ids';
import type { CustomField } from '../generated/prisma/client';
import type { ArchivedFilter, CustomFieldFilter, WorkItemFilter } from '../generated/resolvers-types';
import { priorityValue, type Priority } from '../priority';
import { formatCalendarDate } from '../../../lib/graphql-scalars';
import {
  conditionFields,
  conditionsOf,
  filterConditionsOf,
  maxFilterListLength,
  maxFilterTextLength,
  type Condition,
  type ConditionField,
} from './filter-conditions';

export { maxFilterListLength, maxFilterTextLength };
export const maxSearchLength = 200;
/** How deep `and`/`or`/`not` may nest, how many filters one `and`/`or` may list, how many conditions in all. */
export const maxFilterDepth = 5;
export const maxFilterBranches = 20;
export const maxFilterConditions = 100;

/** The custom field types, each with the members of a condition that match it. */
const customMembers = {
  TEXT: { equal: 'text', comparator: 'textValue' },
  NUMBER: { equal: 'number', comparator: 'numberValue' },
  DATE: { equal: 'date', comparator: 'dateValue' },
  SELECT: { equal: 'option', comparator: 'optionValue' },
  MULTI_SELECT: { equal: 'option', comparator: 'optionValue' },
  USER: { equal: 'userId', comparator: 'userValue' },
} as const satisfies Record<string, { equal: keyof CustomFieldFilter; comparator: keyof CustomFieldFilter }>;
export type CustomFieldType = keyof typeof customMembers;

/**
 * The comparator members of a custom field condition, each parsed as the built-in field of the same
 * kind parses its comparator (text, number, date, a plain string, a user with `isMe`).
 */
export const customComparators = {
  textValue: 'title',
  numberValue: 'estimate',
  dateValue: 'dueDate',
  optionValue: 'type',
  userValue: 'assignee',
} as const satisfies Partial<Record<keyof CustomFieldFilter, ConditionField>>;
type ComparatorMember = keyof typeof customComparators;
const comparatorMembers = Object.keys(customComparators) as ComparatorMember[];
const equalMembers = ['text', 'number', 'date', 'option', 'userId'] as const;
/** Which family (its equality member) each member belongs to: members of two families cannot match one field. */
const familyOf: Record<string, string> = Object.fromEntries(
  Object.values(customMembers).flatMap(({ equal, comparator }) => [
    [equal, equal],
    [comparator, equal],
  ]),
);

/** One custom field condition: the jsonb the item's `custom_fields` must contain, or null (matches nothing). */
export interface CustomFieldCondition {
  fieldId: string;
  contains: string | null;
}

/** One comparison on a custom field's value (`numberValue: { gt }` …), of a field of `type`. */
export interface CustomFieldComparison extends Omit<Condition, 'field'> {
  fieldId: string;
  type: CustomFieldType;
}

/** A validated filter with raw uuids, ready to become SQL. Lists are deduplicated; null means no condition. */
export interface ItemFilter {
  stateIds: string[] | null;
  stateCategories: string[] | null;
  types: string[] | null;
  assigneeIds: string[] | null;
  unassigned: boolean | null;
  labelIds: string[] | null;
  parentId: string | null;
  priorities: number[] | null;
  /** Calendar dates as YYYY-MM-DD. */
  dueAfter: string | null;
  dueBefore: string | null;
  customFields: CustomFieldCondition[];
  /** The comparators of custom field conditions, each comparison one entry; all must hold. */
  customComparisons: CustomFieldComparison[];
  archived: ArchivedFilter;
  /** A to_tsquery('simple', …) text of prefix terms (`w1:* & w2:*`), or null for no search. */
  tsquery: string | null;
  /**
   * Only items with (`is` true) or without (false) an unfinished, unarchived blocker in their own project
   * or one of `projectIds` (those the viewer reads: see withBlockerScope); null: either.
   */
  blocked: { is: boolean; projectIds: string[] } | null;
  /** The comparators (`assignee: { eq }` …), each comparison one condition; all must hold. */
  conditions: Condition[];
  /** Filters that must all hold. */
  and: ItemFilter[];
  /** Filters of which one must hold; null when not given (an empty list matches nothing). */
  or: ItemFilter[] | null;
  /** A filter that must not hold. */
  not: ItemFilter | null;
}

export const emptyFilter: ItemFilter = {
  stateIds: null,
  stateCategories: null,
  types: null,
  assigneeIds: null,
  unassigned: null,
  labelIds: null,
  parentId: null,
  priorities: null,
  dueAfter: null,
  dueBefore: null,
  customFields: [],
  customComparisons: [],
  archived: 'EXCLUDE',
  tsquery: null,
  blocked: null,
  conditions: [],
  and: [],
  or: null,
  not: null,
};

/**
 * Whether the filter was given by the client now (`input`: every problem is BAD_USER_INPUT) or stored
 * in a saved view earlier (`stored`: a condition on a since-deleted custom field matches nothing).
 */
export type FilterMode = 'input' | 'stored';

function checkedList<T>(values: readonly T[] | null | undefined, path: string): T[] | null {
  if (values === null || values === undefined) return null;
  if (values.length > maxFilterListLength) {
    throw badInput(path, `${path} may hold at most ${maxFilterListLength} entries.`);
  }
  return [...new Set(values)];
}

function idList(values: readonly string[] | null | undefined, type: string, path: string): string[] | null {
  const list = checkedList(values, path);
  return list && [...new Set(list.map((id, i) => fromGlobalId(id, type, `${path}.${i}`)))];
}

/** Words reduced to letters and digits, each a prefix term: no tsquery syntax can get through. */
export function searchQueryOf(search: string): string | null {
  const words = search
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return words.length > 0 ? words.map((word) => `${word}:*`).join(' & ') : null;
}

const isCalendarDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/**
 * Checks what can be checked without the project: IDs, list sizes, search length, the due range and
 * that each custom field condition gives at most one value. Run it before any access check.
 */
export function validateFilterShape(filter: WorkItemFilter | null | undefined, path: string): void {
  if (!filter) return;
  checkTree(filter, path);
  validateOne(filter, path);
}

/** Every filter object of the tree with its path, the top first. */
function* filtersOf(filter: WorkItemFilter, path: string, depth = 0): Generator<[WorkItemFilter, string, number]> {
  yield [filter, path, depth];
  for (const key of ['and', 'or'] as const) {
    const list = filter[key];
    for (let i = 0; i < (list?.length ?? 0); i++) yield* filtersOf(list![i]!, `${path}.${key}.${i}`, depth + 1);
  }
  if (filter.not) yield* filtersOf(filter.not, `${path}.not`, depth + 1);
}

const legacyConditionKeys = [
  'stateIds',
  'stateCategories',
  'types',
  'assigneeIds',
  'unassigned',
  'labelIds',
  'parentId',
  'priorities',
  'dueAfter',
  'dueBefore',
  'archived',
  'search',
  'blocked',
] as const;

/** How many conditions one filter object sets, its own only (comparators count one per operator). */
function conditionCount(filter: WorkItemFilter): number {
  const legacy = legacyConditionKeys.filter((key) => filter[key] !== null && filter[key] !== undefined).length;
  const comparators = (Object.keys(conditionFields) as ConditionField[])
    .map((field) => Object.values(filter[field] ?? {}).filter((value) => value !== null && value !== undefined).length)
    .reduce((sum, n) => sum + n, 0);
  const custom = (filter.customFields ?? []).map(customConditionCount).reduce((sum, n) => sum + n, 0);
  return legacy + comparators + custom;
}

const given = (value: unknown): boolean => value !== null && value !== undefined;

/** A custom field condition counts one per value and operator it gives, and at least one. */
function customConditionCount(condition: CustomFieldFilter): number {
  const equal = [...equalMembers, 'null' as const].filter((member) => given(condition[member])).length;
  const compared = comparatorMembers
    .map((member) => Object.values(condition[member] ?? {}).filter(given).length)
    .reduce((sum, n) => sum + n, 0);
  return Math.max(1, equal + compared);
}

/** The tree's size: nesting depth, branches per `and`/`or`, conditions in all. */
function checkTree(filter: WorkItemFilter, path: string): void {
  let conditions = 0;
  for (const [node, at, depth] of filtersOf(filter, path)) {
    if (depth > maxFilterDepth) {
      throw badInput(at, `and, or and not may nest at most ${maxFilterDepth} levels deep.`);
    }
    for (const key of ['and', 'or'] as const) {
      if ((node[key]?.length ?? 0) > maxFilterBranches) {
        throw badInput(`${at}.${key}`, `${key} may list at most ${maxFilterBranches} filters.`);
      }
    }
    conditions += conditionCount(node) + (depth > 0 ? 1 : 0);
    if (conditions > maxFilterConditions) {
      throw badInput(path, `A filter may hold at most ${maxFilterConditions} conditions and nested filters in all.`);
    }
  }
}

/** One filter object's own fields, then its nested filters. */
function validateOne(filter: WorkItemFilter, path: string): void {
  filterConditionsOf(filter, path, null);
  filter.and?.forEach((sub, i) => validateOne(sub, `${path}.and.${i}`));
  filter.or?.forEach((sub, i) => validateOne(sub, `${path}.or.${i}`));
  if (filter.not) validateOne(filter.not, `${path}.not`);
  idList(filter.stateIds, 'WorkflowState', `${path}.stateIds`);
  checkedList(filter.stateCategories, `${path}.stateCategories`);
  checkedList(filter.types, `${path}.types`);
  idList(filter.assigneeIds, 'User', `${path}.assigneeIds`);
  idList(filter.labelIds, 'Label', `${path}.labelIds`);
  if (filter.parentId !== null && filter.parentId !== undefined) {
    fromGlobalId(filter.parentId, 'WorkItem', `${path}.parentId`);
  }
  checkedList(filter.priorities, `${path}.priorities`);
  if (filter.search && filter.search.length > maxSearchLength) {
    throw badInput(`${path}.search`, `search may be at most ${maxSearchLength} characters.`);
  }
  if (filter.dueAfter && !isCalendarDate(filter.dueAfter))
    throw badInput(`${path}.dueAfter`, 'dueAfter is not a date.');
  if (filter.dueBefore && !isCalendarDate(filter.dueBefore)) {
    throw badInput(`${path}.dueBefore`, 'dueBefore is not a date.');
  }
  if (filter.dueAfter && filter.dueBefore && filter.dueAfter.getTime() > filter.dueBefore.getTime()) {
    throw badInput(`${path}.dueBefore`, 'dueBefore must not be before dueAfter.');
  }
  const conditions = checkedList(filter.customFields, `${path}.customFields`) ?? [];
  conditions.forEach((condition, i) => validateCustomShape(condition, `${path}.customFields.${i}`));
}

/** The members given, all of one type's family (`null` goes with any); each value checked as far as it can be without the field. */
function validateCustomShape(condition: CustomFieldFilter, at: string): void {
  fromGlobalId(condition.fieldId, 'CustomField', `${at}.fieldId`);
  const members = [...equalMembers, ...comparatorMembers].filter((member) => given(condition[member]));
  const family = members[0] && familyOf[members[0]];
  const other = members.find((member) => familyOf[member] !== family);
  if (other) throw badInput(`${at}.${other}`, 'Give the members of one field type per custom field condition.');
  if (condition.userId) fromGlobalId(condition.userId, 'User', `${at}.userId`);
  if (condition.text && condition.text.length > maxFilterTextLength) {
    throw badInput(`${at}.text`, `text may be at most ${maxFilterTextLength} characters.`);
  }
  if (given(condition.number) && !Number.isFinite(condition.number)) {
    throw badInput(`${at}.number`, 'number must be a finite number.');
  }
  if (condition.date && !isCalendarDate(condition.date)) throw badInput(`${at}.date`, 'date is not a date.');
  for (const member of comparatorMembers) {
    const comparator = condition[member];
    if (comparator) conditionsOf(customComparators[member], comparator, `${at}.${member}`, null);
  }
}

/** The jsonb value a condition looks for, as the items store it (see data/custom-field-values.ts). */
function conditionValue(field: CustomField, condition: CustomFieldFilter): unknown {
  switch (field.type) {
    case 'TEXT':
      return condition.text;
    case 'NUMBER':
      return condition.number;
    case 'DATE':
      return condition.date ? formatCalendarDate(condition.date) : null;
    case 'SELECT':
      return condition.option;
    case 'MULTI_SELECT':
      return condition.option ? [condition.option] : null;
    case 'USER':
      return condition.userId ? fromGlobalId(condition.userId, 'User', 'userId') : null;
    default:
      return null;
  }
}

/** What one custom field condition asks: the values its items' jsonb must contain, and comparisons. */
interface CustomFieldConditions {
  contains: CustomFieldCondition[];
  comparisons: CustomFieldComparison[];
}

function customFieldConditions(
  condition: CustomFieldFilter,
  at: string,
  fieldsById: Map<string, CustomField>,
  mode: FilterMode,
  viewerId: string | null,
): CustomFieldConditions {
  const fieldId = fromGlobalId(condition.fieldId, 'CustomField', `${at}.fieldId`);
  const field = fieldsById.get(fieldId);
  const type = field?.type as CustomFieldType | undefined;
  const nothing = { contains: [{ fieldId, contains: null }], comparisons: [] };
  if (!field || !type || !(type in customMembers)) {
    if (mode === 'stored') return nothing;
    throw badInput(`${at}.fieldId`, `${at}.fieldId is not a custom field of the project.`);
  }
  const { equal, comparator } = customMembers[type];
  const members = [...equalMembers, ...comparatorMembers].filter((member) => given(condition[member]));
  const wrong = members.find((member) => member !== equal && member !== comparator);
  if (wrong || (members.length === 0 && !given(condition.null))) {
    if (mode === 'stored') return nothing;
    throw badInput(
      `${at}.${wrong ?? equal}`,
      `A ${type} field is matched by \`${equal}\`, \`${comparator}\` or \`null\`.`,
    );
  }
  const options = new Set(field.options);
  const checkOption = (option: unknown, path: string) => {
    if (mode === 'input' && !options.has(option as string)) {
      throw badInput(path, `The option must be one of the field's: ${field.options.join(', ')}.`);
    }
  };
  const contains: CustomFieldCondition[] = [];
  if (given(condition[equal])) {
    if (equal === 'option' && mode === 'stored' && !options.has(condition.option as string)) return nothing;
    if (equal === 'option') checkOption(condition.option, `${at}.option`);
    contains.push({ fieldId, contains: JSON.stringify({ [fieldId]: conditionValue(field, condition) }) });
  }
  const comparisons: CustomFieldComparison[] = [];
  const compared = condition[comparator] as Record<string, unknown> | null | undefined;
  const parsed = compared ? conditionsOf(customComparators[comparator], compared, `${at}.${comparator}`, viewerId) : [];
  for (const { op, value } of parsed) {
    if (comparator === 'optionValue' && op !== 'null') {
      if (Array.isArray(value)) value.forEach((option, i) => checkOption(option, `${at}.optionValue.${op}.${i}`));
      else checkOption(value, `${at}.optionValue.${op}`);
    }
    comparisons.push({ fieldId, type, op, value });
  }
  if (given(condition.null)) comparisons.push({ fieldId, type, op: 'null', value: condition.null as boolean });
  return { contains, comparisons };
}

/**
 * The filter with raw ids, checked against the project's custom fields. `path` names the filter in
 * the request (`filter`, `input.filter`) for BAD_USER_INPUT.
 */
export function toItemFilter(
  filter: WorkItemFilter | null | undefined,
  path: string,
  fields: readonly CustomField[],
  mode: FilterMode = 'input',
  viewerId: string | null = null,
): ItemFilter {
  if (!filter) return emptyFilter;
  validateFilterShape(filter, path);
  const fieldsById = new Map(fields.map((field) => [field.id, field]));
  return toNode(filter, path, fieldsById, mode, viewerId, 'EXCLUDE');
}

/** One filter object, already validated; nested ones leave archived items alone unless they say. */
function toNode(
  filter: WorkItemFilter,
  path: string,
  fieldsById: Map<string, CustomField>,
  mode: FilterMode,
  viewerId: string | null,
  archivedDefault: ArchivedFilter,
): ItemFilter {
  const sub = (node: WorkItemFilter, at: string) => toNode(node, at, fieldsById, mode, viewerId, 'ANY');
  const custom = (filter.customFields ?? []).map((condition, i) =>
    customFieldConditions(condition, `${path}.customFields.${i}`, fieldsById, mode, viewerId),
  );
  return {
    stateIds: idList(filter.stateIds, 'WorkflowState', `${path}.stateIds`),
    stateCategories: checkedList(filter.stateCategories, `${path}.stateCategories`),
    types: checkedList(filter.types, `${path}.types`),
    assigneeIds: idList(filter.assigneeIds, 'User', `${path}.assigneeIds`),
    unassigned: filter.unassigned ?? null,
    labelIds: idList(filter.labelIds, 'Label', `${path}.labelIds`),
    parentId: filter.parentId ? fromGlobalId(filter.parentId, 'WorkItem', `${path}.parentId`) : null,
    priorities: checkedList(filter.priorities, `${path}.priorities`)?.map((p) => priorityValue(p as Priority)) ?? null,
    dueAfter: filter.dueAfter ? formatCalendarDate(filter.dueAfter) : null,
    dueBefore: filter.dueBefore ? formatCalendarDate(filter.dueBefore) : null,
    customFields: custom.flatMap((conditions) => conditions.contains),
    customComparisons: custom.flatMap((conditions) => conditions.comparisons),
    archived: filter.archived ?? archivedDefault,
    tsquery: filter.search ? searchQueryOf(filter.search) : null,
    blocked: filter.blocked === null || filter.blocked === undefined ? null : { is: filter.blocked, projectIds: [] },
    conditions: filterConditionsOf(filter, path, viewerId),
    and: (filter.and ?? []).map((node, i) => sub(node, `${path}.and.${i}`)),
    or: filter.or ? filter.or.map((node, i) => sub(node, `${path}.or.${i}`)) : null,
    not: filter.not ? sub(filter.not, `${path}.not`) : null,
  };
}

/** Whether any node of the filter tree has a `blocked` condition. */
export function usesBlocked(filter: ItemFilter): boolean {
  return (
    filter.blocked !== null ||
    filter.and.some(usesBlocked) ||
    (filter.or?.some(usesBlocked) ?? false) ||
    (filter.not !== null && usesBlocked(filter.not))
  );
}

/**
 * The filter with every `blocked` condition counting blockers in these projects (and the item's own);
 * a filter without one is returned as it is.
 */
export function withBlockerProjects(filter: ItemFilter, projectIds: readonly string[]): ItemFilter {
  if (!usesBlocked(filter)) return filter;
  const scoped = (node: ItemFilter): ItemFilter => ({
    ...node,
    blocked: node.blocked && { is: node.blocked.is, projectIds: [...projectIds] },
    and: node.and.map(scoped),
    or: node.or && node.or.map(scoped),
    not: node.not && scoped(node.not),
  });
  return scoped(filter);
}

/** A stable text of a filter: requests with equal keys can share one SQL statement. */
export const filterKey = (filter: ItemFilter): string => JSON.stringify(filter);
