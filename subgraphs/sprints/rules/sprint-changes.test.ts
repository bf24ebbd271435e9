import type { Sprint } from '../generated/prisma/client';
import { changedFieldsOf, changedSprint, changesDates } from './sprint-changes';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const sprint = {
  id: 's1',
  name: 'Sprint 1',
  goal: 'Ship it',
  startDate: day('2025-03-03'),
  endDate: day('2025-03-14'),
} as Sprint;

describe('sprint changes', () => {
  it('keeps every field not given', () => {
    expect(changedSprint(sprint, { goal: 'Ship more' })).toEqual({ ...sprint, goal: 'Ship more' });
  });

  it('finds no change when every field is given its current value, dates as new Date objects too', () => {
    const next = changedSprint(sprint, { name: 'Sprint 1', startDate: day('2025-03-03'), endDate: day('2025-03-14') });
    expect(changedFieldsOf(sprint, next)).toEqual([]);
  });

  it('lists the changed fields in schema order', () => {
    const next = changedSprint(sprint, { endDate: day('2025-03-17'), name: 'Sprint one' });
    expect(changedFieldsOf(sprint, next)).toEqual(['name', 'endDate']);
  });

  it('tells whether either date changes', () => {
    expect(changesDates(['name', 'goal'])).toBe(false);
    expect(changesDates(['startDate'])).toBe(true);
    expect(changesDates(['endDate'])).toBe(true);
  });
});
