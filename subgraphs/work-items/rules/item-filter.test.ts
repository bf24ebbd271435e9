import { fieldOf } from '../../../tests/testkit/field-of';
import { toGlobalId } from '../../../lib/ids';
import type { CustomField } from '../generated/prisma/client';
import type { WorkItemFilter } from '../generated/resolvers-types';
import type { Condition } from './filter-conditions';
import {
  emptyFilter,
  maxFilterBranches,
  maxFilterConditions,
  maxFilterDepth,
  searchQueryOf,
  toItemFilter,
  validateFilterShape,
  type ItemFilter,
} from './item-filter';
import { matchesItemFilter, type FilterSubject } from './item-filter-match';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const field = (n: number, type: string, options: string[] = []): CustomField => ({
  id: uuid(n),
  projectId: uuid(99),
  name: `F${n}`,
  type,
  description: '',
  required: false,
  options,
  position: n,
  createdAt: new Date(0),
});
const fields = [
  field(1, 'TEXT'),
  field(2, 'NUMBER'),
  field(3, 'DATE'),
  field(4, 'SELECT', ['a', 'b']),
  field(5, 'MULTI_SELECT', ['x', 'y']),
  field(6, 'USER'),
];
const fieldId = (n: number) => toGlobalId('CustomField', uuid(n));

describe('searchQueryOf', () => {
  test('keeps letters and digits of every word as prefix terms joined by and', () => {
    expect(searchQueryOf('Deploy  billing-v2!')).toBe('deploy:* & billing:* & v2:*');
    expect(searchQueryOf("a' | b:* & !(c)")).toBe('a:* & b:* & c:*');
    expect(searchQueryOf('Zürich 東京')).toBe('zürich:* & 東京:*');
  });

  test('gives no query for a search without words', () => {
    expect(searchQueryOf('  ')).toBeNull();
    expect(searchQueryOf(':*&|!')).toBeNull();
  });
});

describe('toItemFilter', () => {
  test('returns the empty filter (unarchived items) when none is given', () => {
    expect(toItemFilter(null, 'filter', fields)).toEqual(emptyFilter);
  });

  test('decodes ids, deduplicates lists and turns custom field conditions into jsonb containment', () => {
    const filter = toItemFilter(
      {
        stateIds: [toGlobalId('WorkflowState', uuid(7)), toGlobalId('WorkflowState', uuid(7))],
        priorities: ['URGENT', 'NONE'],
        dueAfter: new Date('2026-01-02T00:00:00Z'),
        customFields: [
          { fieldId: fieldId(2), number: 3 },
          { fieldId: fieldId(3), date: new Date('2026-03-04T00:00:00Z') },
          { fieldId: fieldId(5), option: 'y' },
          { fieldId: fieldId(6), userId: toGlobalId('User', uuid(8)) },
        ],
        search: 'dep',
      },
      'filter',
      fields,
    );
    expect(filter.stateIds).toEqual([uuid(7)]);
    expect(filter.priorities).toEqual([4, 0]);
    expect(filter.dueAfter).toBe('2026-01-02');
    expect(filter.customFields.map((c) => c.contains && JSON.parse(c.contains))).toEqual([
      { [uuid(2)]: 3 },
      { [uuid(3)]: '2026-03-04' },
      { [uuid(5)]: ['y'] },
      { [uuid(6)]: uuid(8) },
    ]);
    expect(filter.tsquery).toBe('dep:*');
  });

  test('names the offending input of a malformed filter', () => {
    expect(fieldOf(() => validateFilterShape({ labelIds: [toGlobalId('User', uuid(1))] }, 'input.filter'))).toBe(
      'input.filter.labelIds.0',
    );
    expect(fieldOf(() => validateFilterShape({ types: Array(101).fill('BUG') }, 'filter'))).toBe('filter.types');
    expect(fieldOf(() => toItemFilter({ customFields: [{ fieldId: fieldId(9), text: 'x' }] }, 'filter', fields))).toBe(
      'filter.customFields.0.fieldId',
    );
    expect(fieldOf(() => toItemFilter({ customFields: [{ fieldId: fieldId(1), number: 1 }] }, 'filter', fields))).toBe(
      'filter.customFields.0.number',
    );
    expect(fieldOf(() => toItemFilter({ customFields: [{ fieldId: fieldId(4) }] }, 'filter', fields))).toBe(
      'filter.customFields.0.option',
    );
    expect(
      fieldOf(() => toItemFilter({ customFields: [{ fieldId: fieldId(4), option: 'z' }] }, 'filter', fields)),
    ).toBe('filter.customFields.0.option');
  });

  test('turns custom field comparators into comparisons of the field, values normalised as the built-in fields do', () => {
    const filter = toItemFilter(
      {
        customFields: [
          { fieldId: fieldId(2), numberValue: { gte: 1.5, lt: 8 }, null: false },
          { fieldId: fieldId(3), dateValue: { lte: new Date('2026-03-04T00:00:00Z') } },
          { fieldId: fieldId(1), textValue: { contains: 'API' } },
          { fieldId: fieldId(5), optionValue: { in: ['y', 'x', 'y'] } },
          { fieldId: fieldId(6), userValue: { isMe: true, neq: toGlobalId('User', uuid(8)) } },
        ],
      },
      'filter',
      fields,
      'input',
      uuid(7),
    );
    expect(filter.customFields).toEqual([]);
    expect(filter.customComparisons).toEqual([
      { fieldId: uuid(2), type: 'NUMBER', op: 'lt', value: 8 },
      { fieldId: uuid(2), type: 'NUMBER', op: 'gte', value: 1.5 },
      { fieldId: uuid(2), type: 'NUMBER', op: 'null', value: false },
      { fieldId: uuid(3), type: 'DATE', op: 'lte', value: '2026-03-04' },
      { fieldId: uuid(1), type: 'TEXT', op: 'contains', value: 'API' },
      { fieldId: uuid(5), type: 'MULTI_SELECT', op: 'in', value: ['y', 'x'] },
      { fieldId: uuid(6), type: 'USER', op: 'neq', value: uuid(8) },
      { fieldId: uuid(6), type: 'USER', op: 'eq', value: uuid(7) },
    ]);
  });

  test('refuses a custom field comparator of another type, an unknown option or members of two types, naming the input', () => {
    const one = (condition: WorkItemFilter['customFields']) => () =>
      toItemFilter({ customFields: condition }, 'filter', fields);
    expect(fieldOf(one([{ fieldId: fieldId(2), dateValue: { gt: new Date('2026-01-01') } }]))).toBe(
      'filter.customFields.0.dateValue',
    );
    expect(fieldOf(one([{ fieldId: fieldId(4), optionValue: { in: ['a', 'z'] } }]))).toBe(
      'filter.customFields.0.optionValue.in.1',
    );
    expect(fieldOf(one([{ fieldId: fieldId(4), optionValue: { neq: 'z' } }]))).toBe(
      'filter.customFields.0.optionValue.neq',
    );
    expect(fieldOf(one([{ fieldId: fieldId(2), numberValue: { in: Array(101).fill(1) } }]))).toBe(
      'filter.customFields.0.numberValue.in',
    );
    expect(
      fieldOf(() =>
        validateFilterShape({ customFields: [{ fieldId: fieldId(2), number: 1, textValue: { eq: 'x' } }] }, 'filter'),
      ),
    ).toBe('filter.customFields.0.textValue');
    expect(
      fieldOf(() =>
        validateFilterShape(
          { customFields: [{ fieldId: fieldId(6), userValue: { eq: toGlobalId('Label', uuid(1)) } }] },
          'filter',
        ),
      ),
    ).toBe('filter.customFields.0.userValue.eq');
    expect(
      toItemFilter({ customFields: [{ fieldId: fieldId(4), null: true }] }, 'f', fields).customComparisons,
    ).toEqual([{ fieldId: uuid(4), type: 'SELECT', op: 'null', value: true }]);
  });

  test('a stored condition on a deleted field or option matches nothing instead of failing', () => {
    const filter = toItemFilter(
      {
        customFields: [
          { fieldId: fieldId(9), text: 'x' },
          { fieldId: fieldId(4), option: 'gone' },
        ],
      },
      'filter',
      fields,
      'stored',
    );
    expect(filter.customFields.map((c) => c.contains)).toEqual([null, null]);
  });
});

describe('and, or and not', () => {
  const user = (n: number) => toGlobalId('User', uuid(n));
  /** `depth` levels of `not` around an empty filter. */
  const nested = (depth: number): WorkItemFilter => (depth === 0 ? {} : { not: nested(depth - 1) });

  test('builds nested filters with their own conditions and raw ids', () => {
    const filter = toItemFilter(
      {
        and: [{ type: { eq: 'BUG' } }],
        or: [{ assignee: { eq: user(1) } }, { not: { labels: { in: [toGlobalId('Label', uuid(2))] } } }],
        not: { priority: { lt: 'HIGH' } },
      },
      'filter',
      fields,
    );
    expect(filter.and.map((sub) => sub.conditions)).toEqual([[{ field: 'type', op: 'eq', value: 'BUG' }]]);
    expect(filter.or?.[0]?.conditions).toEqual([{ field: 'assignee', op: 'eq', value: uuid(1) }]);
    expect(filter.or?.[1]?.conditions).toEqual([]);
    expect(filter.or?.[1]?.not?.conditions).toEqual([{ field: 'labels', op: 'in', value: [uuid(2)] }]);
    expect(filter.not?.conditions).toEqual([{ field: 'priority', op: 'lt', value: 3 }]);
    expect(filter.conditions).toEqual([]);
  });

  test('leaves archived items alone in nested filters unless they say, while the top leaves them out', () => {
    const filter = toItemFilter({ and: [{}], or: [{}, { archived: 'ONLY' }], not: { and: [{}] } }, 'filter', fields);
    expect(filter.archived).toBe('EXCLUDE');
    expect(filter.and[0]!.archived).toBe('ANY');
    expect(filter.or!.map((sub) => sub.archived)).toEqual(['ANY', 'ONLY']);
    expect(filter.not!.archived).toBe('ANY');
    expect(filter.not!.and[0]!.archived).toBe('ANY');
    expect(toItemFilter({ archived: 'ANY', not: {} }, 'filter', fields).archived).toBe('ANY');
  });

  test('keeps an empty or (matching nothing) apart from an absent one', () => {
    expect(toItemFilter({ or: [] }, 'filter', fields).or).toEqual([]);
    expect(toItemFilter({ type: { eq: 'BUG' } }, 'filter', fields).or).toBeNull();
    expect(toItemFilter({ or: null }, 'filter', fields).or).toBeNull();
    expect(toItemFilter({ and: [] }, 'filter', fields).and).toEqual([]);
    expect(toItemFilter({ type: { eq: 'BUG' } }, 'filter', fields).not).toBeNull();
  });

  test('passes the viewer to nested isMe comparators', () => {
    const filter = toItemFilter(
      { or: [{ assignee: { isMe: true } }], not: { reporter: { isMe: true } } },
      'filter',
      fields,
      'input',
      uuid(42),
    );
    expect(filter.or![0]!.conditions).toEqual([{ field: 'assignee', op: 'eq', value: uuid(42) }]);
    expect(filter.not!.conditions).toEqual([{ field: 'reporter', op: 'eq', value: uuid(42) }]);
  });

  test(`refuses nesting deeper than ${maxFilterDepth} levels, naming the filter too deep`, () => {
    expect(fieldOf(() => validateFilterShape(nested(maxFilterDepth), 'filter'))).toBeUndefined();
    expect(fieldOf(() => validateFilterShape(nested(maxFilterDepth + 1), 'filter'))).toBe(
      `filter${'.not'.repeat(maxFilterDepth + 1)}`,
    );
    const mixed: WorkItemFilter = { and: [{ or: [{}, { not: { not: { and: [{ not: {} }] } } }] }] };
    expect(fieldOf(() => toItemFilter(mixed, 'input.filter', fields))).toBe(
      'input.filter.and.0.or.1.not.not.and.0.not',
    );
  });

  test(`refuses more than ${maxFilterBranches} filters in one and or or, naming the list`, () => {
    const branches = (n: number): WorkItemFilter[] => Array.from({ length: n }, () => ({}));
    expect(fieldOf(() => validateFilterShape({ or: branches(maxFilterBranches) }, 'filter'))).toBeUndefined();
    expect(fieldOf(() => validateFilterShape({ or: branches(maxFilterBranches + 1) }, 'filter'))).toBe('filter.or');
    expect(fieldOf(() => validateFilterShape({ and: branches(maxFilterBranches + 1) }, 'filter'))).toBe('filter.and');
    expect(fieldOf(() => validateFilterShape({ not: { or: branches(maxFilterBranches + 1) } }, 'filter'))).toBe(
      'filter.not.or',
    );
  });

  test(`refuses more than ${maxFilterConditions} conditions and nested filters in all, naming the whole filter`, () => {
    // Each nested branch: four conditions and itself, five in all; 19 of them and four at the top make 99.
    const branch: WorkItemFilter = { estimate: { gt: 1, lt: 5, neq: 3, null: false } };
    const branches = Array.from({ length: 19 }, () => branch);
    const fourMore: WorkItemFilter = { title: { eq: 'a', neq: 'b', contains: 'c', notContains: 'd' } };
    expect(fieldOf(() => validateFilterShape({ ...fourMore, search: 'x', or: branches }, 'filter'))).toBeUndefined();
    expect(
      fieldOf(() => validateFilterShape({ ...fourMore, search: 'x', types: ['BUG'], or: branches }, 'filter')),
    ).toBe('filter');
    expect(
      fieldOf(() =>
        toItemFilter(
          { search: 'x', and: Array.from({ length: maxFilterBranches }, () => branch) },
          'input.filter',
          fields,
        ),
      ),
    ).toBe('input.filter');
  });

  test('lets a flat filter hold as many conditions as its lists allow: the top filter is not counted', () => {
    const conditions = Array.from({ length: 100 }, () => ({ fieldId: toGlobalId('CustomField', uuid(1)), text: 'x' }));
    expect(fieldOf(() => validateFilterShape({ customFields: conditions }, 'filter'))).toBeUndefined();
  });

  test('names the full path of a bad ID deep inside the filter', () => {
    expect(
      fieldOf(() =>
        toItemFilter(
          { or: [{ assignee: { eq: user(1) } }, { not: { assignee: { eq: toGlobalId('Label', uuid(2)) } } }] },
          'filter',
          fields,
        ),
      ),
    ).toBe('filter.or.1.not.assignee.eq');
    expect(fieldOf(() => validateFilterShape({ and: [{ or: [{ labelIds: ['x'] }] }] }, 'filter'))).toBe(
      'filter.and.0.or.0.labelIds.0',
    );
    expect(fieldOf(() => validateFilterShape({ not: { estimate: { in: [1, Number.NaN] } } }, 'filter'))).toBe(
      'filter.not.estimate.in.1',
    );
  });
});

describe('matchesItemFilter', () => {
  const item = (overrides: Partial<FilterSubject> = {}): FilterSubject => ({
    stateId: uuid(10),
    stateCategory: 'TODO',
    type: 'TASK',
    priority: 2,
    assigneeId: null,
    reporterId: uuid(20),
    parentId: null,
    releaseId: null,
    labelIds: [],
    watcherIds: [],
    sprintId: null,
    estimate: null,
    dueDate: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-02T00:00:00Z'),
    archived: false,
    title: 'Deploy the Billing service',
    description: '',
    customFields: {},
    blocked: false,
    ...overrides,
  });
  const where = (...conditions: Condition[]): ItemFilter => ({ ...emptyFilter, conditions });
  const sub = (filter: Partial<ItemFilter>): ItemFilter => ({ ...emptyFilter, archived: 'ANY', ...filter });
  const assignee = (op: Condition['op'], value: Condition['value']): Condition => ({ field: 'assignee', op, value });

  test('blocked: true keeps items with an unfinished blocker, false items without one, and null either', () => {
    const blocked = item({ blocked: true });
    const free = item();
    expect(matchesItemFilter(blocked, { ...emptyFilter, blocked: { is: true, projectIds: [] } })).toBe(true);
    expect(matchesItemFilter(free, { ...emptyFilter, blocked: { is: true, projectIds: [] } })).toBe(false);
    expect(matchesItemFilter(free, { ...emptyFilter, blocked: { is: false, projectIds: [] } })).toBe(true);
    expect(matchesItemFilter(blocked, { ...emptyFilter, blocked: { is: false, projectIds: [] } })).toBe(false);
    expect(matchesItemFilter(blocked, emptyFilter)).toBe(true);
  });

  test('a watcher condition compares the set of people watching: some of them, none of them, or nobody', () => {
    const watched = item({ watcherIds: [uuid(1), uuid(2)] });
    const unwatched = item();
    const watcher = (op: Condition['op'], value: Condition['value']): Condition => ({ field: 'watcher', op, value });
    expect(matchesItemFilter(watched, where(watcher('eq', uuid(2))))).toBe(true);
    expect(matchesItemFilter(watched, where(watcher('in', [uuid(3), uuid(1)])))).toBe(true);
    expect(matchesItemFilter(watched, where(watcher('neq', uuid(1))))).toBe(false);
    expect(matchesItemFilter(watched, where(watcher('nin', [uuid(3)])))).toBe(true);
    expect(matchesItemFilter(unwatched, where(watcher('eq', uuid(1))))).toBe(false);
    expect(matchesItemFilter(unwatched, where(watcher('null', true)))).toBe(true);
    expect(matchesItemFilter(watched, where(watcher('null', true)))).toBe(false);
  });

  test('a sprint condition reads the one open sprint an item is in, the backlog being no sprint', () => {
    const planned = item({ sprintId: uuid(5) });
    const backlog = item();
    const sprint = (op: Condition['op'], value: Condition['value']): Condition => ({ field: 'sprint', op, value });
    expect(matchesItemFilter(planned, where(sprint('eq', uuid(5))))).toBe(true);
    expect(matchesItemFilter(planned, where(sprint('nin', [uuid(5), uuid(6)])))).toBe(false);
    expect(matchesItemFilter(backlog, where(sprint('neq', uuid(5))))).toBe(true);
    expect(matchesItemFilter(backlog, where(sprint('in', [uuid(5)])))).toBe(false);
    expect(matchesItemFilter(backlog, where(sprint('null', true)))).toBe(true);
    expect(matchesItemFilter(planned, where(sprint('null', false)))).toBe(true);
    expect(fieldOf(() => toItemFilter({ sprint: { eq: toGlobalId('Release', uuid(1)) } }, 'filter', fields))).toBe(
      'filter.sprint.eq',
    );
  });

  test('watcher isMe is a condition on the viewer, and matches nothing without one', () => {
    const filter = toItemFilter({ watcher: { isMe: true } }, 'filter', fields, 'input', uuid(7));
    expect(filter.conditions).toEqual([{ field: 'watcher', op: 'eq', value: uuid(7) }]);
    expect(toItemFilter({ watcher: { isMe: true } }, 'filter', fields).conditions).toEqual([
      { field: 'watcher', op: 'in', value: [] },
    ]);
    expect(fieldOf(() => toItemFilter({ watcher: { eq: toGlobalId('Label', uuid(1)) } }, 'filter', fields))).toBe(
      'filter.watcher.eq',
    );
  });

  test('neq and nin match items without a value, while eq, in and the order comparators do not', () => {
    const unassigned = item();
    expect(matchesItemFilter(unassigned, where(assignee('neq', uuid(1))))).toBe(true);
    expect(matchesItemFilter(unassigned, where(assignee('nin', [uuid(1)])))).toBe(true);
    expect(matchesItemFilter(unassigned, where(assignee('eq', uuid(1))))).toBe(false);
    expect(matchesItemFilter(unassigned, where(assignee('in', [uuid(1)])))).toBe(false);
    const unestimated = item();
    expect(matchesItemFilter(unestimated, where({ field: 'estimate', op: 'lt', value: 100 }))).toBe(false);
    expect(matchesItemFilter(unestimated, where({ field: 'estimate', op: 'gte', value: -100 }))).toBe(false);
    expect(matchesItemFilter(unestimated, where({ field: 'dueDate', op: 'lte', value: '2999-12-31' }))).toBe(false);
  });

  test('neq and nin leave out items with the value, eq and in take them', () => {
    const mine = item({ assigneeId: uuid(1) });
    expect(matchesItemFilter(mine, where(assignee('neq', uuid(1))))).toBe(false);
    expect(matchesItemFilter(mine, where(assignee('nin', [uuid(2), uuid(1)])))).toBe(false);
    expect(matchesItemFilter(mine, where(assignee('eq', uuid(1))))).toBe(true);
    expect(matchesItemFilter(mine, where(assignee('in', [uuid(2), uuid(1)])))).toBe(true);
    expect(matchesItemFilter(mine, where(assignee('in', [])))).toBe(false);
  });

  test('a MULTI_SELECT comparison treats the chosen options as a set, as labels are', () => {
    const tagged = item({ customFields: { [uuid(5)]: ['x', 'y'] } });
    const untagged = item();
    const on = (op: Condition['op'], value: Condition['value']): ItemFilter => ({
      ...emptyFilter,
      customComparisons: [{ fieldId: uuid(5), type: 'MULTI_SELECT', op, value }],
    });
    expect(matchesItemFilter(tagged, on('eq', 'y'))).toBe(true);
    expect(matchesItemFilter(tagged, on('in', ['z', 'x']))).toBe(true);
    expect(matchesItemFilter(tagged, on('nin', ['z', 'x']))).toBe(false);
    expect(matchesItemFilter(untagged, on('nin', ['x']))).toBe(true);
    expect(matchesItemFilter(untagged, on('neq', 'x'))).toBe(true);
    expect(matchesItemFilter(untagged, on('null', true))).toBe(true);
    expect(matchesItemFilter(tagged, on('null', true))).toBe(false);
  });

  test('a custom NUMBER comparison never holds for an item without the value, except neq, nin and null', () => {
    const on = (op: Condition['op'], value: Condition['value']): ItemFilter => ({
      ...emptyFilter,
      customComparisons: [{ fieldId: uuid(2), type: 'NUMBER', op, value }],
    });
    expect(matchesItemFilter(item(), on('lt', 100))).toBe(false);
    expect(matchesItemFilter(item(), on('neq', 1))).toBe(true);
    expect(matchesItemFilter(item({ customFields: { [uuid(2)]: 3 } }), on('lt', 100))).toBe(true);
    expect(matchesItemFilter(item({ customFields: { [uuid(2)]: 3 } }), on('gte', 3.5))).toBe(false);
  });

  test('null: true takes items without a value, null: false items with one', () => {
    expect(matchesItemFilter(item(), where(assignee('null', true)))).toBe(true);
    expect(matchesItemFilter(item(), where(assignee('null', false)))).toBe(false);
    expect(matchesItemFilter(item({ estimate: 0 }), where({ field: 'estimate', op: 'null', value: false }))).toBe(true);
  });

  test('not of a condition on a missing value holds', () => {
    const unassigned = item();
    expect(matchesItemFilter(unassigned, { ...emptyFilter, not: sub({ conditions: [assignee('eq', uuid(1))] }) })).toBe(
      true,
    );
    const early = { ...emptyFilter, not: sub({ conditions: [{ field: 'estimate', op: 'lt', value: 3 }] }) };
    expect(matchesItemFilter(unassigned, early)).toBe(true);
    expect(matchesItemFilter(item({ estimate: 1 }), early)).toBe(false);
    expect(matchesItemFilter(item({ estimate: 5 }), early)).toBe(true);
  });

  test('every condition of a filter must hold', () => {
    const filter = where({ field: 'estimate', op: 'gt', value: 1 }, { field: 'estimate', op: 'lt', value: 5 });
    expect(matchesItemFilter(item({ estimate: 3 }), filter)).toBe(true);
    expect(matchesItemFilter(item({ estimate: 5 }), filter)).toBe(false);
    expect(matchesItemFilter(item({ estimate: 1 }), filter)).toBe(false);
  });

  test('labels: eq takes items carrying the label, nin items carrying none, null items without labels', () => {
    const labelled = item({ labelIds: [uuid(1), uuid(2)] });
    const bare = item();
    const labels = (op: Condition['op'], value: Condition['value']) => where({ field: 'labels', op, value });
    expect(matchesItemFilter(labelled, labels('eq', uuid(2)))).toBe(true);
    expect(matchesItemFilter(labelled, labels('eq', uuid(3)))).toBe(false);
    expect(matchesItemFilter(bare, labels('eq', uuid(1)))).toBe(false);
    expect(matchesItemFilter(labelled, labels('in', [uuid(3), uuid(1)]))).toBe(true);
    expect(matchesItemFilter(labelled, labels('nin', [uuid(3), uuid(1)]))).toBe(false);
    expect(matchesItemFilter(labelled, labels('nin', [uuid(3)]))).toBe(true);
    expect(matchesItemFilter(bare, labels('nin', [uuid(1)]))).toBe(true);
    expect(matchesItemFilter(labelled, labels('neq', uuid(1)))).toBe(false);
    expect(matchesItemFilter(bare, labels('null', true))).toBe(true);
    expect(matchesItemFilter(labelled, labels('null', true))).toBe(false);
    expect(matchesItemFilter(labelled, labels('null', false))).toBe(true);
    expect(matchesItemFilter(bare, labels('null', false))).toBe(false);
  });

  test('priorities compare in their order, NONE lowest and URGENT highest', () => {
    const priority = (op: Condition['op'], value: number) => where({ field: 'priority', op, value });
    const high = item({ priority: 3 });
    expect(matchesItemFilter(high, priority('lt', 4))).toBe(true);
    expect(matchesItemFilter(high, priority('lt', 3))).toBe(false);
    expect(matchesItemFilter(high, priority('gte', 3))).toBe(true);
    expect(matchesItemFilter(high, priority('gte', 4))).toBe(false);
    expect(matchesItemFilter(item({ priority: 0 }), priority('lt', 1))).toBe(true);
    expect(matchesItemFilter(item({ priority: 0 }), priority('gte', 1))).toBe(false);
  });

  test('title contains and notContains ignore case', () => {
    const title = (op: Condition['op'], value: string) => where({ field: 'title', op, value });
    const deploy = item();
    expect(matchesItemFilter(deploy, title('contains', 'BILLING'))).toBe(true);
    expect(matchesItemFilter(deploy, title('contains', 'deploy the'))).toBe(true);
    expect(matchesItemFilter(deploy, title('contains', 'invoice'))).toBe(false);
    expect(matchesItemFilter(deploy, title('notContains', 'billing'))).toBe(false);
    expect(matchesItemFilter(deploy, title('notContains', 'invoice'))).toBe(true);
    expect(matchesItemFilter(deploy, title('eq', 'deploy the billing service'))).toBe(false);
  });

  test('dates compare as calendar days and times as instants', () => {
    const due = item({ dueDate: '2026-03-04' });
    expect(matchesItemFilter(due, where({ field: 'dueDate', op: 'eq', value: '2026-03-04' }))).toBe(true);
    expect(matchesItemFilter(due, where({ field: 'dueDate', op: 'gt', value: '2026-03-03' }))).toBe(true);
    expect(matchesItemFilter(due, where({ field: 'dueDate', op: 'lt', value: '2026-03-04' }))).toBe(false);
    const created = where({ field: 'createdAt', op: 'eq', value: '2026-01-01T00:00:00.000Z' });
    expect(matchesItemFilter(item(), created)).toBe(true);
    expect(matchesItemFilter(item(), where({ field: 'createdAt', op: 'lt', value: '2026-01-01T00:00:00.001Z' }))).toBe(
      true,
    );
  });

  test('or takes items meeting any of its filters, and an empty or matches nothing', () => {
    const bug = item({ type: 'BUG' });
    const either = {
      ...emptyFilter,
      or: [
        sub({ conditions: [{ field: 'type', op: 'eq', value: 'STORY' }] }),
        sub({ conditions: [{ field: 'type', op: 'eq', value: 'BUG' }] }),
      ],
    } satisfies ItemFilter;
    expect(matchesItemFilter(bug, either)).toBe(true);
    expect(matchesItemFilter(item({ type: 'TASK' }), either)).toBe(false);
    expect(matchesItemFilter(bug, { ...emptyFilter, or: [] })).toBe(false);
    expect(matchesItemFilter(bug, { ...emptyFilter, or: null })).toBe(true);
    expect(matchesItemFilter(bug, { ...emptyFilter, and: [] })).toBe(true);
  });

  test('the filters toItemFilter builds leave archived items out at the top only', () => {
    const archivedBug = item({ type: 'BUG', archived: true });
    const nestedOnly = toItemFilter({ or: [{ type: { eq: 'BUG' } }] }, 'filter', fields);
    expect(matchesItemFilter(archivedBug, nestedOnly)).toBe(false);
    expect(matchesItemFilter({ ...archivedBug, archived: false }, nestedOnly)).toBe(true);
    const anyTop = toItemFilter({ archived: 'ANY', or: [{ type: { eq: 'BUG' } }] }, 'filter', fields);
    expect(matchesItemFilter(archivedBug, anyTop)).toBe(true);
    const notArchived = toItemFilter({ archived: 'ANY', not: { archived: 'ONLY' } }, 'filter', fields);
    expect(matchesItemFilter(archivedBug, notArchived)).toBe(false);
    expect(matchesItemFilter(item(), notArchived)).toBe(true);
  });

  test("isMe: false takes unassigned items and others' items but not the viewer's", () => {
    const notMine = toItemFilter({ assignee: { isMe: false } }, 'filter', fields, 'input', uuid(42));
    expect(matchesItemFilter(item(), notMine)).toBe(true);
    expect(matchesItemFilter(item({ assigneeId: uuid(1) }), notMine)).toBe(true);
    expect(matchesItemFilter(item({ assigneeId: uuid(42) }), notMine)).toBe(false);
    const mineWithoutViewer = toItemFilter({ assignee: { isMe: true } }, 'filter', fields);
    expect(matchesItemFilter(item({ assigneeId: uuid(42) }), mineWithoutViewer)).toBe(false);
  });
});
