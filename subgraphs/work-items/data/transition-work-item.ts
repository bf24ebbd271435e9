import { notFound } from '../../../lib/errors';
import type { ProjectRole } from '../../../lib/roles';
import type { WorkItemsTx } from '../db';
import { itemChanged, writeItemEvents } from '../events/work-item-events';
import type { WorkItem } from '../generated/prisma/client';
import { originOf, type Actor } from './actor';
import { recordHistory } from './history';
import { lockWorkItem } from './items';
import { planTransition } from './transitions';
import { lockColumn } from './workflow';

/**
 * Moves an item to another state of its workflow, at the end of that column. Locks the item's row,
 * then the target column (moves into it queue there) and, while planning, the two states. Checks
 * the workflow's transition, its minimum role and required fields. Writes the row, a `state`
 * history entry and `work_item.transitioned`; the item as it is when the state does not change.
 */
export async function transitionWorkItem(
  tx: WorkItemsTx,
  actor: Actor,
  input: { id: string; toStateId: string; role: ProjectRole },
): Promise<WorkItem> {
  const { id, toStateId, role } = input;
  const item = await lockWorkItem(tx, id);
  if (!item) throw notFound('Work item');
  if (toStateId !== item.stateId) await lockColumn(tx, toStateId);
  const plan = await planTransition(tx, { item, toStateId, role, field: 'input.toStateId', at: actor.at });
  if (!plan) return item;
  const updated = await tx.workItem.update({
    where: { id },
    data: { ...plan.data, version: { increment: 1 }, updatedAt: actor.at },
  });
  await recordHistory(tx, id, actor.userId, [plan.change], actor.at);
  await writeItemEvents(tx, [id], (subject) => itemChanged(originOf(actor), subject, [plan.change], plan.stateChange));
  return updated;
}
