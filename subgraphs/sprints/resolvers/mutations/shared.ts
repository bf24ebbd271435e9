import { badInput } from '../../../../lib/errors';
import { formatCalendarDate } from '../../../../lib/graphql-scalars';
import { toGlobalId } from '../../../../lib/ids';
import type { SprintsTx } from '../../db';
import { otherActiveSprint } from '../../data/sprint-writes';
import type { Sprint } from '../../generated/prisma/client';
import { datesOverlap } from '../../validation';

/** A planned sprint's days may not overlap the project's active sprint (inclusive). */
export async function requireNoOverlapWithActive(
  tx: SprintsTx,
  projectId: string,
  dates: { startDate: Date; endDate: Date },
): Promise<void> {
  const active = await otherActiveSprint(tx, projectId);
  if (active && datesOverlap(dates, active)) {
    throw badInput(
      'input.startDate',
      `The dates overlap the active sprint ${active.name} (${formatCalendarDate(active.startDate)} to ${formatCalendarDate(active.endDate)}).`,
      { activeSprintId: toGlobalId('Sprint', active.id) },
    );
  }
}

export const sprintRef = (sprint: Sprint) => ({ sprintId: toGlobalId('Sprint', sprint.id), sprintName: sprint.name });
