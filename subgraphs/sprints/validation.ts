import { formatCalendarDate } from '../../lib/graphql-scalars';
import { badInput } from '../../lib/errors';
import { fromGlobalId } from '../../lib/ids';

export const maxNameLength = 100;
export const maxGoalLength = 2000;
export const maxSprintDays = 366;
export const maxItemsPerChange = 100;
/** The most work items one sprint holds; adding or carrying over beyond is a CONFLICT. */
export const maxItemsPerSprint = 1000;
export const maxCapacityMembers = 100;
export const maxPointsPerDay = 100;

const dayMs = 86_400_000;

/** A name trimmed to 1..100 characters. */
export function validateName(name: string, field = 'input.name'): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > maxNameLength) {
    throw badInput(field, `The name must be 1-${maxNameLength} characters.`);
  }
  return trimmed;
}

export function validateGoal(goal: string, field = 'input.goal'): string {
  if (goal.length > maxGoalLength) {
    throw badInput(field, `The goal must be at most ${maxGoalLength.toLocaleString('en-US')} characters.`);
  }
  return goal;
}

/** The last day after the first, at most 366 days later; `field` names the input to blame. */
export function validateDates(startDate: Date, endDate: Date, field = 'input.endDate'): void {
  const days = (endDate.getTime() - startDate.getTime()) / dayMs;
  if (days <= 0) throw badInput(field, 'The end date must be after the start date.');
  if (days > maxSprintDays) throw badInput(field, `A sprint lasts at most ${maxSprintDays} days.`);
}

/** Whether two inclusive date ranges share a day. */
export function datesOverlap(a: { startDate: Date; endDate: Date }, b: { startDate: Date; endDate: Date }): boolean {
  return a.startDate.getTime() <= b.endDate.getTime() && b.startDate.getTime() <= a.endDate.getTime();
}

/** Work item global IDs, 1-100, deduplicated in order; a malformed one is named by its index. */
export function parseWorkItemIds(ids: readonly string[], field = 'input.workItemIds'): string[] {
  if (ids.length < 1 || ids.length > maxItemsPerChange) {
    throw badInput(field, `Give 1 to ${maxItemsPerChange} work item IDs.`);
  }
  return [...new Set(ids.map((id, i) => fromGlobalId(id, 'WorkItem', `${field}.${i}`)))];
}

/** The input of `addWorkItemsToSprint` and `removeWorkItemsFromSprint`: a sprint and 1-100 work items, raw ids. */
export function parseSprintItemsInput(input: { sprintId: string; workItemIds: readonly string[] }): {
  sprintId: string;
  workItemIds: string[];
} {
  return {
    sprintId: fromGlobalId(input.sprintId, 'Sprint', 'input.sprintId'),
    workItemIds: parseWorkItemIds(input.workItemIds),
  };
}

/** Explicit null for a field that cannot be cleared. */
export function notNull<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw badInput(field, `${field} cannot be null.`);
  return value;
}

export interface MemberCapacityEntry {
  userId: string;
  /** Sorted, without repeats. */
  daysOff: Date[];
  focusFactor: number;
  pointsPerDay: number;
}

export interface MemberCapacityInput {
  userId: string;
  daysOff?: Date[] | null;
  focusFactor?: number | null;
  pointsPerDay: number;
}

/**
 * The capacity entries as given, checked one by one (`input.members.<i>.<field>`). Whether each user
 * belongs to the project is for the caller to check: it needs the project.
 */
export function validateCapacity(
  members: readonly MemberCapacityInput[],
  field = 'input.members',
): MemberCapacityEntry[] {
  if (members.length > maxCapacityMembers) {
    throw badInput(field, `At most ${maxCapacityMembers} members may be given.`);
  }
  const seen = new Set<string>();
  return members.map((member, i) => {
    const at = `${field}.${i}`;
    const userId = fromGlobalId(member.userId, 'User', `${at}.userId`);
    if (seen.has(userId)) throw badInput(`${at}.userId`, 'The member is listed twice.');
    seen.add(userId);
    const focusFactor = notNull(member.focusFactor, `${at}.focusFactor`) ?? 1;
    if (!Number.isFinite(focusFactor) || focusFactor <= 0 || focusFactor > 1) {
      throw badInput(`${at}.focusFactor`, 'The focus factor must be above 0 and at most 1.');
    }
    const { pointsPerDay } = member;
    if (!Number.isFinite(pointsPerDay) || pointsPerDay < 0 || pointsPerDay > maxPointsPerDay) {
      throw badInput(`${at}.pointsPerDay`, `Points per day must be from 0 to ${maxPointsPerDay}.`);
    }
    const daysOff = notNull(member.daysOff, `${at}.daysOff`) ?? [];
    if (daysOff.length > maxSprintDays + 1) {
      throw badInput(`${at}.daysOff`, `At most ${maxSprintDays + 1} days off may be given.`);
    }
    const distinct = [...new Set(daysOff.map(formatCalendarDate))].sort();
    return {
      userId,
      daysOff: distinct.map((day) => new Date(`${day}T00:00:00.000Z`)),
      focusFactor,
      pointsPerDay,
    };
  });
}
