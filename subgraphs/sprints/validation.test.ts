import { toGlobalId } from '../../lib/ids';
import { fieldOf } from '../../tests/testkit/field-of';
import {
  datesOverlap,
  notNull,
  parseWorkItemIds,
  validateCapacity,
  validateDates,
  validateGoal,
  validateName,
} from './validation';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const user = (n: number) => toGlobalId('User', uuid(n));

describe('sprint validation', () => {
  it('trims names and accepts 1 to 100 characters', () => {
    expect(validateName('  Sprint 14 ')).toBe('Sprint 14');
    expect(validateName('x'.repeat(100))).toHaveLength(100);
    expect(fieldOf(() => validateName(' \n '))).toBe('input.name');
    expect(fieldOf(() => validateName('x'.repeat(101)))).toBe('input.name');
  });

  it('limits goals to 2,000 characters and accepts an empty one', () => {
    expect(validateGoal('')).toBe('');
    expect(validateGoal('x'.repeat(2000))).toHaveLength(2000);
    expect(fieldOf(() => validateGoal('x'.repeat(2001)))).toBe('input.goal');
  });

  it('wants the end after the start and at most 366 days later', () => {
    expect(fieldOf(() => validateDates(day('2030-03-04'), day('2030-03-05')))).toBeUndefined();
    expect(fieldOf(() => validateDates(day('2028-01-01'), day('2029-01-01')))).toBeUndefined();
    expect(fieldOf(() => validateDates(day('2030-03-04'), day('2030-03-04')))).toBe('input.endDate');
    expect(fieldOf(() => validateDates(day('2030-03-04'), day('2030-03-01')))).toBe('input.endDate');
    expect(fieldOf(() => validateDates(day('2030-01-01'), day('2031-01-03')))).toBe('input.endDate');
    expect(fieldOf(() => validateDates(day('2030-03-04'), day('2030-03-01'), 'input.startDate'))).toBe(
      'input.startDate',
    );
  });

  it('treats ranges sharing a first or last day as overlapping', () => {
    const active = { startDate: day('2030-03-04'), endDate: day('2030-03-15') };
    expect(datesOverlap({ startDate: day('2030-03-15'), endDate: day('2030-03-20') }, active)).toBe(true);
    expect(datesOverlap({ startDate: day('2030-02-01'), endDate: day('2030-03-04') }, active)).toBe(true);
    expect(datesOverlap({ startDate: day('2030-03-05'), endDate: day('2030-03-06') }, active)).toBe(true);
    expect(datesOverlap({ startDate: day('2030-03-16'), endDate: day('2030-03-20') }, active)).toBe(false);
    expect(datesOverlap({ startDate: day('2030-02-01'), endDate: day('2030-03-03') }, active)).toBe(false);
  });

  it('reads 1 to 100 work item IDs, once each, naming a malformed one by its index', () => {
    const ids = [1, 2, 1].map((n) => toGlobalId('WorkItem', uuid(n)));
    expect(parseWorkItemIds(ids)).toEqual([uuid(1), uuid(2)]);
    expect(fieldOf(() => parseWorkItemIds([]))).toBe('input.workItemIds');
    expect(fieldOf(() => parseWorkItemIds(Array.from({ length: 101 }, () => ids[0]!)))).toBe('input.workItemIds');
    expect(fieldOf(() => parseWorkItemIds([ids[0]!, user(1)]))).toBe('input.workItemIds.1');
  });

  it('rejects null for fields that cannot be cleared', () => {
    expect(notNull(undefined, 'input.name')).toBeUndefined();
    expect(notNull('a', 'input.name')).toBe('a');
    expect(fieldOf(() => notNull(null, 'input.name'))).toBe('input.name');
  });
});

describe('capacity validation', () => {
  it('defaults the focus factor to 1 and keeps each day off once, in order', () => {
    expect(
      validateCapacity([
        { userId: user(1), pointsPerDay: 2, daysOff: [day('2030-03-06'), day('2030-03-05'), day('2030-03-06')] },
        { userId: user(2), pointsPerDay: 0, focusFactor: 0.25 },
      ]),
    ).toEqual([
      { userId: uuid(1), pointsPerDay: 2, focusFactor: 1, daysOff: [day('2030-03-05'), day('2030-03-06')] },
      { userId: uuid(2), pointsPerDay: 0, focusFactor: 0.25, daysOff: [] },
    ]);
    expect(validateCapacity([])).toEqual([]);
  });

  it('names the entry and field of each problem', () => {
    const ok = { userId: user(1), pointsPerDay: 1 };
    const second = (entry: Record<string, unknown>) =>
      fieldOf(() => validateCapacity([ok, { ...ok, userId: user(2), ...entry }] as never));
    expect(second({ userId: user(1) })).toBe('input.members.1.userId');
    expect(second({ userId: toGlobalId('Project', uuid(2)) })).toBe('input.members.1.userId');
    for (const focusFactor of [0, -0.1, 1.0001, Number.NaN, null]) {
      expect(second({ focusFactor })).toBe('input.members.1.focusFactor');
    }
    expect(second({ focusFactor: 1 })).toBeUndefined();
    for (const pointsPerDay of [-1, 100.5, Number.POSITIVE_INFINITY]) {
      expect(second({ pointsPerDay })).toBe('input.members.1.pointsPerDay');
    }
    expect(second({ pointsPerDay: 100 })).toBeUndefined();
    expect(second({ daysOff: null })).toBe('input.members.1.daysOff');
    expect(fieldOf(() => validateCapacity(Array.from({ length: 101 }, () => ok)))).toBe('input.members');
  });
});
