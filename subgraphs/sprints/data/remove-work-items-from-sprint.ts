import { notFound } from '../../../lib/errors';
import type { SprintsTx } from '../db';
import type { Sprint } from '../generated/prisma/client';
import { recordScopeChange } from './record-scope-change';
import { removeMembers } from './sprint-items';
import { lockSprint, requireState, type Actor } from './sprint-writes';

/**
 * Takes the items (raw ids) out of a planned or active sprint as PLANNING removals; items not in it
 * are ignored. The sprint (as updated when anything changed) and the ids really removed, in the order given.
 */
export async function removeWorkItemsFromSprint(
  tx: SprintsTx,
  actor: Actor,
  input: { sprintId: string; workItemIds: readonly string[] },
): Promise<{ sprint: Sprint; removed: string[] }> {
  const { sprintId, workItemIds: ids } = input;
  const sprint = await lockSprint(tx, sprintId);
  if (!sprint) throw notFound('Sprint');
  requireState(sprint, ['PLANNED', 'ACTIVE'], 'items can only be removed from a planned or active sprint');
  const present = new Set(
    (
      await tx.sprintItem.findMany({ where: { sprintId, workItemId: { in: [...ids] } }, select: { workItemId: true } })
    ).map((row) => row.workItemId),
  );
  const removed = ids.filter((id) => present.has(id));
  if (!removed.length) return { sprint, removed };
  await removeMembers(tx, { sprintId, workItemIds: removed, ...actor });
  const updated = await recordScopeChange(tx, sprintId, actor, { addedWorkItemIds: [], removedWorkItemIds: removed });
  return { sprint: updated, removed };
}
