import { conflict, notFound } from '../../../lib/errors';
import type { SprintsTx } from '../db';
import { sprintEvent, writeSprintEvents } from '../events/sprint-events';
import type { Sprint } from '../generated/prisma/client';
import { changedFieldsOf, changedSprint, changesDates, type SprintChanges } from '../rules/sprint-changes';
import { validateDates } from '../validation';
import { lockSprint, requireNoOverlapWithActive, type Actor } from './sprint-writes';

/** New dates of the locked sprint: never of a completed one, valid together, and (planned) clear of the active sprint. */
async function requireDatesMayChange(tx: SprintsTx, current: Sprint, next: Sprint, field: string): Promise<void> {
  if (current.state === 'COMPLETED') {
    throw conflict('The sprint is completed: its dates can no longer change.', { state: current.state });
  }
  validateDates(next.startDate, next.endDate, field);
  if (current.state === 'PLANNED') await requireNoOverlapWithActive(tx, current.projectId, next);
}

/** Writes (and announces) only the fields that really change; nothing at all when none do. */
export async function updateSprint(
  tx: SprintsTx,
  actor: Actor,
  sprintId: string,
  changes: SprintChanges,
): Promise<Sprint> {
  const current = await lockSprint(tx, sprintId);
  if (!current) throw notFound('Sprint');
  const next = changedSprint(current, changes);
  const changedFields = changedFieldsOf(current, next);
  if (!changedFields.length) return current;
  if (changesDates(changedFields)) {
    await requireDatesMayChange(tx, current, next, changes.endDate ? 'input.endDate' : 'input.startDate');
  }
  const updated = await tx.sprint.update({
    where: { id: sprintId },
    data: { name: next.name, goal: next.goal, startDate: next.startDate, endDate: next.endDate, updatedAt: actor.at },
  });
  await writeSprintEvents(tx, [sprintEvent('sprint.updated', updated, actor, { changedFields })]);
  return updated;
}
