import type { SprintsTx } from '../db';
import type { MemberCapacity } from '../generated/prisma/client';
import type { MemberCapacityEntry } from '../validation';

export function capacityOf(tx: SprintsTx, sprintId: string): Promise<MemberCapacity[]> {
  return tx.memberCapacity.findMany({ where: { sprintId }, orderBy: { position: 'asc' } });
}

const dayList = (days: readonly Date[]) => days.map((day) => day.getTime()).join(',');

/** Whether the stored entries are exactly these, in this order. */
export function sameCapacity(current: readonly MemberCapacity[], next: readonly MemberCapacityEntry[]): boolean {
  return (
    current.length === next.length &&
    current.every((row, i) => {
      const entry = next[i]!;
      return (
        row.userId === entry.userId &&
        row.focusFactor === entry.focusFactor &&
        row.pointsPerDay === entry.pointsPerDay &&
        dayList(row.daysOff) === dayList(entry.daysOff)
      );
    })
  );
}

/** Replaces the sprint's entries; `position` keeps the order they were given in. */
export async function replaceCapacity(tx: SprintsTx, sprintId: string, entries: readonly MemberCapacityEntry[]) {
  await tx.memberCapacity.deleteMany({ where: { sprintId } });
  if (!entries.length) return;
  await tx.memberCapacity.createMany({ data: entries.map((entry, position) => ({ sprintId, position, ...entry })) });
}
