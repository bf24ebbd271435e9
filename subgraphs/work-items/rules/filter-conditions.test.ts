import { AppError } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import {
  conditionsOf,
  filterConditionsOf,
  maxContainsLength,
  maxFilterListLength,
  maxFilterTextLength,
} from './filter-conditions';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const user = (n: number) => toGlobalId('User', uuid(n));
const viewer = uuid(42);

/** The code and field path of the BAD_USER_INPUT `fn` throws; undefined when it throws nothing. */
function refusal(fn: () => unknown): { code: string; field: string | undefined } | undefined {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, field: error.details.field };
  }
  return undefined;
}
const refusedAt = (field: string) => ({ code: 'BAD_USER_INPUT', field });

describe('conditionsOf', () => {
  test('turns global IDs into the raw uuids of the expected type', () => {
    expect(conditionsOf('assignee', { eq: user(1), neq: user(2) }, 'filter.assignee', null)).toEqual([
      { field: 'assignee', op: 'eq', value: uuid(1) },
      { field: 'assignee', op: 'neq', value: uuid(2) },
    ]);
    expect(conditionsOf('state', { in: [toGlobalId('WorkflowState', uuid(3))] }, 'filter.state', null)).toEqual([
      { field: 'state', op: 'in', value: [uuid(3)] },
    ]);
    expect(conditionsOf('parent', { eq: toGlobalId('WorkItem', uuid(4)) }, 'filter.parent', null)).toEqual([
      { field: 'parent', op: 'eq', value: uuid(4) },
    ]);
    expect(conditionsOf('labels', { nin: [toGlobalId('Label', uuid(5))] }, 'filter.labels', null)).toEqual([
      { field: 'labels', op: 'nin', value: [uuid(5)] },
    ]);
  });

  test('turns priorities into their numbers, NONE 0 to URGENT 4', () => {
    const conditions = conditionsOf(
      'priority',
      { eq: 'NONE', neq: 'URGENT', in: ['LOW', 'MEDIUM', 'HIGH'], lt: 'HIGH', gte: 'LOW' },
      'filter.priority',
      null,
    );
    expect(conditions).toEqual([
      { field: 'priority', op: 'eq', value: 0 },
      { field: 'priority', op: 'neq', value: 4 },
      { field: 'priority', op: 'in', value: [1, 2, 3] },
      { field: 'priority', op: 'lt', value: 3 },
      { field: 'priority', op: 'gte', value: 1 },
    ]);
  });

  test('turns a due date into YYYY-MM-DD and a time into an ISO string', () => {
    expect(conditionsOf('dueDate', { gte: new Date('2026-03-04T00:00:00Z') }, 'filter.dueDate', null)).toEqual([
      { field: 'dueDate', op: 'gte', value: '2026-03-04' },
    ]);
    expect(conditionsOf('createdAt', { lt: new Date('2026-03-04T09:30:15.250Z') }, 'filter.createdAt', null)).toEqual([
      { field: 'createdAt', op: 'lt', value: '2026-03-04T09:30:15.250Z' },
    ]);
    expect(conditionsOf('updatedAt', { eq: new Date('2026-11-23T10:30:00+01:00') }, 'filter.updatedAt', null)).toEqual([
      { field: 'updatedAt', op: 'eq', value: '2026-11-23T09:30:00.000Z' },
    ]);
  });

  test('keeps enums, numbers and texts as they are', () => {
    expect(conditionsOf('type', { neq: 'BUG' }, 'filter.type', null)).toEqual([
      { field: 'type', op: 'neq', value: 'BUG' },
    ]);
    expect(conditionsOf('stateCategory', { in: ['TODO', 'DONE'] }, 'filter.stateCategory', null)).toEqual([
      { field: 'stateCategory', op: 'in', value: ['TODO', 'DONE'] },
    ]);
    expect(conditionsOf('estimate', { eq: 0, gt: 1.5 }, 'filter.estimate', null)).toEqual([
      { field: 'estimate', op: 'eq', value: 0 },
      { field: 'estimate', op: 'gt', value: 1.5 },
    ]);
    expect(conditionsOf('title', { eq: 'Deploy', contains: 'dep' }, 'filter.title', null)).toEqual([
      { field: 'title', op: 'eq', value: 'Deploy' },
      { field: 'title', op: 'contains', value: 'dep' },
    ]);
  });

  test('deduplicates in and nin lists after normalising their entries', () => {
    expect(conditionsOf('assignee', { in: [user(1), user(2), user(1)] }, 'filter.assignee', null)).toEqual([
      { field: 'assignee', op: 'in', value: [uuid(1), uuid(2)] },
    ]);
    expect(conditionsOf('priority', { nin: ['LOW', 'LOW', 'HIGH'] }, 'filter.priority', null)).toEqual([
      { field: 'priority', op: 'nin', value: [1, 3] },
    ]);
    expect(conditionsOf('estimate', { in: [2, 3, 2] }, 'filter.estimate', null)).toEqual([
      { field: 'estimate', op: 'in', value: [2, 3] },
    ]);
  });

  test('makes one condition of every operator given, so all of them must hold', () => {
    const conditions = conditionsOf(
      'estimate',
      { eq: 1, neq: 2, in: [3], nin: [4], lt: 5, lte: 6, gt: 7, gte: 8, null: false },
      'filter.estimate',
      null,
    );
    expect(conditions.map((c) => [c.op, c.value])).toEqual([
      ['eq', 1],
      ['neq', 2],
      ['in', [3]],
      ['nin', [4]],
      ['lt', 5],
      ['lte', 6],
      ['gt', 7],
      ['gte', 8],
      ['null', false],
    ]);
    expect(conditions.every((c) => c.field === 'estimate')).toBe(true);
    expect(
      conditionsOf('title', { neq: 'x', contains: 'a', notContains: 'b' }, 'filter.title', null).map((c) => c.op),
    ).toEqual(['neq', 'contains', 'notContains']);
  });

  test('leaves out operators given as null or not at all, but keeps null: false and zero', () => {
    expect(conditionsOf('assignee', { eq: null, in: undefined }, 'filter.assignee', null)).toEqual([]);
    expect(conditionsOf('assignee', { null: false }, 'filter.assignee', null)).toEqual([
      { field: 'assignee', op: 'null', value: false },
    ]);
    expect(conditionsOf('assignee', { null: true }, 'filter.assignee', null)).toEqual([
      { field: 'assignee', op: 'null', value: true },
    ]);
  });

  test('isMe: true is the viewer, and matches nothing when no one is signed in', () => {
    expect(conditionsOf('assignee', { isMe: true }, 'filter.assignee', viewer)).toEqual([
      { field: 'assignee', op: 'eq', value: viewer },
    ]);
    expect(conditionsOf('reporter', { isMe: true }, 'filter.reporter', null)).toEqual([
      { field: 'reporter', op: 'in', value: [] },
    ]);
  });

  test('isMe: false is anyone but the viewer, and no condition when no one is signed in', () => {
    expect(conditionsOf('assignee', { isMe: false }, 'filter.assignee', viewer)).toEqual([
      { field: 'assignee', op: 'neq', value: viewer },
    ]);
    expect(conditionsOf('assignee', { isMe: false }, 'filter.assignee', null)).toEqual([]);
  });

  test('isMe holds beside the other operators of the comparator', () => {
    expect(conditionsOf('assignee', { neq: user(1), isMe: true }, 'filter.assignee', viewer)).toEqual([
      { field: 'assignee', op: 'neq', value: uuid(1) },
      { field: 'assignee', op: 'eq', value: viewer },
    ]);
  });

  test('refuses an ID of the wrong type, naming its path', () => {
    expect(
      refusal(() => conditionsOf('assignee', { in: [user(1), toGlobalId('Label', uuid(2))] }, 'filter.assignee', null)),
    ).toEqual(refusedAt('filter.assignee.in.1'));
    expect(refusal(() => conditionsOf('labels', { eq: user(1) }, 'input.filter.labels', null))).toEqual(
      refusedAt('input.filter.labels.eq'),
    );
    expect(refusal(() => conditionsOf('state', { nin: ['not-an-id'] }, 'filter.state', null))).toEqual(
      refusedAt('filter.state.nin.0'),
    );
  });

  test(`refuses in and nin lists over ${maxFilterListLength} entries, naming the list`, () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => user(i + 1));
    expect(conditionsOf('assignee', { in: ids(maxFilterListLength) }, 'filter.assignee', null)[0]!.value).toHaveLength(
      maxFilterListLength,
    );
    expect(
      refusal(() => conditionsOf('assignee', { in: ids(maxFilterListLength + 1) }, 'filter.assignee', null)),
    ).toEqual(refusedAt('filter.assignee.in'));
    expect(
      refusal(() => conditionsOf('estimate', { nin: Array(maxFilterListLength + 1).fill(1) }, 'filter.estimate', null)),
    ).toEqual(refusedAt('filter.estimate.nin'));
  });

  test(`refuses contains and notContains over ${maxContainsLength} characters`, () => {
    expect(
      conditionsOf('title', { contains: 'a'.repeat(maxContainsLength) }, 'filter.title', null)[0]!.value,
    ).toHaveLength(maxContainsLength);
    expect(
      refusal(() => conditionsOf('title', { contains: 'a'.repeat(maxContainsLength + 1) }, 'filter.title', null)),
    ).toEqual(refusedAt('filter.title.contains'));
    expect(
      refusal(() => conditionsOf('title', { notContains: 'a'.repeat(maxContainsLength + 1) }, 'filter.title', null)),
    ).toEqual(refusedAt('filter.title.notContains'));
  });

  test(`refuses a title to compare over ${maxFilterTextLength} characters`, () => {
    expect(conditionsOf('title', { eq: 'a'.repeat(maxFilterTextLength) }, 'filter.title', null)).toHaveLength(1);
    expect(
      refusal(() => conditionsOf('title', { neq: 'a'.repeat(maxFilterTextLength + 1) }, 'filter.title', null)),
    ).toEqual(refusedAt('filter.title.neq'));
  });

  test('refuses numbers that are not finite, naming where', () => {
    expect(refusal(() => conditionsOf('estimate', { eq: Number.NaN }, 'filter.estimate', null))).toEqual(
      refusedAt('filter.estimate.eq'),
    );
    expect(refusal(() => conditionsOf('estimate', { gt: Infinity }, 'filter.estimate', null))).toEqual(
      refusedAt('filter.estimate.gt'),
    );
    expect(refusal(() => conditionsOf('estimate', { in: [1, -Infinity] }, 'filter.estimate', null))).toEqual(
      refusedAt('filter.estimate.in.1'),
    );
  });

  test('refuses dates and times that are not valid', () => {
    expect(refusal(() => conditionsOf('dueDate', { eq: new Date('nope') }, 'filter.dueDate', null))).toEqual(
      refusedAt('filter.dueDate.eq'),
    );
    expect(refusal(() => conditionsOf('createdAt', { gte: new Date(Number.NaN) }, 'filter.createdAt', null))).toEqual(
      refusedAt('filter.createdAt.gte'),
    );
  });
});

describe('filterConditionsOf', () => {
  test('gathers the conditions of every comparator of a filter, each under its own path', () => {
    const conditions = filterConditionsOf(
      {
        title: { contains: 'deploy' },
        assignee: { isMe: true },
        priority: { gte: 'HIGH' },
        dueDate: { null: true },
        // Not comparators: left to item-filter.
        assigneeIds: [user(9)],
        or: [{ type: { eq: 'BUG' } }],
      },
      'filter',
      viewer,
    );
    expect(conditions).toEqual([
      { field: 'priority', op: 'gte', value: 3 },
      { field: 'assignee', op: 'eq', value: viewer },
      { field: 'dueDate', op: 'null', value: true },
      { field: 'title', op: 'contains', value: 'deploy' },
    ]);
    expect(refusal(() => filterConditionsOf({ reporter: { eq: 'x' } }, 'input.filter', null))).toEqual(
      refusedAt('input.filter.reporter.eq'),
    );
  });

  test('gives no conditions for a filter without comparators', () => {
    expect(filterConditionsOf({}, 'filter', viewer)).toEqual([]);
    expect(filterConditionsOf({ assignee: null, assigneeIds: [user(1)] }, 'filter', viewer)).toEqual([]);
  });
});
