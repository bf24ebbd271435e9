import type { SprintsTx } from '../db';
import { sprintEvent, writeSprintEvents } from '../events/sprint-events';
import type { Sprint } from '../generated/prisma/client';
import { touchSprint, type Actor } from './sprint-writes';

/** Touches the sprint and publishes the change of its items; the sprint as updated. */
export async function recordScopeChange(
  tx: SprintsTx,
  sprintId: string,
  actor: Actor,
  change: { addedWorkItemIds: string[]; removedWorkItemIds: string[] },
): Promise<Sprint> {
  const updated = await touchSprint(tx, sprintId, actor.at);
  await writeSprintEvents(tx, [sprintEvent('sprint.scope_changed', updated, actor, change)]);
  return updated;
}
