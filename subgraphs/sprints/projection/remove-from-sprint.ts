import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { SprintsTx } from '../db';
import { sprintEvent, writeSprintEvents } from '../events/sprint-events';
import type { WorkItemState } from './read-model-writes';

/** Why an item can no longer be in its open sprint; null while it may stay. */
export function removalReason(state: WorkItemState, sprintProjectId: string): string | null {
  if (state.deleted) return 'DELETED';
  if (state.archived) return 'ARCHIVED';
  return state.projectId === sprintProjectId ? null : 'MOVED';
}

const LockedSprintRow = z.object({ id: z.string() });

/**
 * Takes the item out of the open sprint it is in when it was deleted, archived or left the sprint's
 * project: the membership goes, a REMOVED scope change and a `sprint.scope_changed` event record it.
 * True when it was removed.
 */
export async function removeFromOpenSprintIfGone(
  tx: SprintsTx,
  state: WorkItemState,
  origin: { actorId: string | null; at: Date },
): Promise<boolean> {
  // The sprint row is locked first, as every sprint write does, so completion and membership
  // changes of the same sprint wait for this one (and the membership is read after them).
  const [locked] = parseRows(
    'lockOpenSprintOfItem',
    LockedSprintRow,
    await tx.$queryRaw`
      SELECT s.id::text AS id FROM sprints.sprint s
      JOIN sprints.sprint_item i ON i.sprint_id = s.id
      WHERE i.work_item_id = ${state.id}::uuid AND i.open
      FOR UPDATE OF s`,
  );
  if (!locked) return false;
  const sprint = await tx.sprint.findUniqueOrThrow({ where: { id: locked.id } });
  const reason = removalReason(state, sprint.projectId);
  if (!reason) return false;
  const { count } = await tx.sprintItem.deleteMany({
    where: { sprintId: sprint.id, workItemId: state.id, open: true },
  });
  if (!count) return false;
  await tx.scopeChange.create({
    data: {
      sprintId: sprint.id,
      workItemId: state.id,
      kind: 'REMOVED',
      reason,
      actorId: origin.actorId,
      at: origin.at,
    },
  });
  await writeSprintEvents(tx, [
    sprintEvent('sprint.scope_changed', sprint, origin, { addedWorkItemIds: [], removedWorkItemIds: [state.id] }),
  ]);
  return true;
}
