import type { Sprint } from '../generated/prisma/client';

/** What `updateSprint` may change; undefined leaves a field as it is. */
export interface SprintChanges {
  name?: string;
  goal?: string;
  startDate?: Date;
  endDate?: Date;
}

export type SprintField = 'name' | 'goal' | 'startDate' | 'endDate';

const sameDay = (a: Date, b: Date) => a.getTime() === b.getTime();

/** The sprint as it would be after the changes. */
export function changedSprint(current: Sprint, changes: SprintChanges): Sprint {
  return {
    ...current,
    name: changes.name ?? current.name,
    goal: changes.goal ?? current.goal,
    startDate: changes.startDate ?? current.startDate,
    endDate: changes.endDate ?? current.endDate,
  };
}

/** The fields whose values really differ, in schema order: giving a field its current value changes nothing. */
export function changedFieldsOf(current: Sprint, next: Sprint): SprintField[] {
  return [
    next.name !== current.name && ('name' as const),
    next.goal !== current.goal && ('goal' as const),
    !sameDay(next.startDate, current.startDate) && ('startDate' as const),
    !sameDay(next.endDate, current.endDate) && ('endDate' as const),
  ].filter((field): field is SprintField => Boolean(field));
}

export const changesDates = (fields: readonly SprintField[]): boolean =>
  fields.includes('startDate') || fields.includes('endDate');
