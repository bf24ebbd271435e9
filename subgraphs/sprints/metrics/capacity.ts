import type { SprintCapacityMapper } from '../mappers';
import { withoutNoise } from './points';
import { daysBetween, isWorkingDay } from './sprint-days';

export interface MemberCapacityInput {
  userId: string;
  daysOff: readonly Date[];
  focusFactor: number;
  pointsPerDay: number;
}

/**
 * The team's capacity from Monday-to-Friday days of the sprint: each member's days off that fall on
 * them (each once, in date order) are taken off, and their available days × focus factor × points
 * per day summed. Members keep the given order.
 */
export function capacityOf(
  sprint: { startDate: Date; endDate: Date },
  members: readonly MemberCapacityInput[],
): SprintCapacityMapper {
  const workingDays = daysBetween(sprint.startDate, sprint.endDate).filter(isWorkingDay);
  const working = new Set(workingDays.map((day) => day.getTime()));
  const capacities = members.map((member) => {
    const offTimes = [...new Set(member.daysOff.map((day) => day.getTime()))]
      .filter((time) => working.has(time))
      .sort((a, b) => a - b);
    const availableDays = workingDays.length - offTimes.length;
    return {
      userId: member.userId,
      daysOff: offTimes.map((time) => new Date(time)),
      availableDays,
      focusFactor: member.focusFactor,
      pointsPerDay: member.pointsPerDay,
      points: withoutNoise(availableDays * member.focusFactor * member.pointsPerDay),
    };
  });
  return {
    workingDays: workingDays.length,
    availableDays: capacities.reduce((total, member) => total + member.availableDays, 0),
    points: withoutNoise(capacities.reduce((total, member) => total + member.points, 0)),
    members: capacities,
  };
}

/** Committed beyond the team's capacity; never when no capacity is set. */
export const isOvercommitted = (committedPoints: number, capacityPoints: number): boolean =>
  capacityPoints > 0 && committedPoints > capacityPoints;
