import { conflict } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import type { Sprint } from '../generated/prisma/client';

// The CONFLICTs of sprint writes that name another sprint, so a client can show or open it.

export const sprintRef = (sprint: Sprint) => ({ sprintId: toGlobalId('Sprint', sprint.id), sprintName: sprint.name });

/** `active` null: the unique index refused the start (the other sprint started meanwhile). */
export const activeSprintConflict = (active: Sprint | null) =>
  conflict(
    active
      ? `The project already has an active sprint: ${active.name}. Complete it first.`
      : 'The project already has an active sprint. Complete it first.',
    active ? sprintRef(active) : {},
  );

/** The item is in another open sprint (`other`, when known): it leaves that one first. */
export const itemInOtherSprint = (workItemId: string, other: Sprint | null) =>
  conflict(
    other
      ? `The work item is already in the sprint ${other.name}: remove it there first.`
      : 'The work item is already in another open sprint: remove it there first.',
    { workItemId: toGlobalId('WorkItem', workItemId), ...(other ? sprintRef(other) : {}) },
  );
