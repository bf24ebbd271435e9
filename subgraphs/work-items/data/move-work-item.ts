import { notFound } from '../../../lib/errors';
import type { ProjectRole } from '../../../lib/roles';
import type { WorkItemsTx } from '../db';
import { itemMoved, writeItemEvents } from '../events/work-item-events';
import type { WorkItem } from '../generated/prisma/client';
import { originOf, type Actor } from './actor';
import type { FieldChange } from '../rules/field-change';
import { recordHistory } from './history';
import { lockWorkItem } from './items';
import { rankForMove } from './moves';
import { planTransition } from './transitions';
import { lockColumn } from './workflow';

/** A parsed `moveWorkItem` input: the target column (null: the item's own) and neighbours. */
export interface MoveWorkItemInput {
  id: string;
  toStateId: string | null;
  beforeId: string | null;
  afterId: string | null;
  role: ProjectRole;
}

/**
 * Moves an item on the board: into another column (a transition, checked as transitionWorkItem
 * does) and between neighbours, or to the column's end. Locks the item's row, then the target
 * column (advisory), so the neighbours read stay where they are. Writes the row (and, rarely, the
 * column's renumbered ranks), `state`/`rank` history entries and `work_item.moved`; the item as it
 * is when nothing changes.
 */
export async function moveWorkItem(tx: WorkItemsTx, actor: Actor, input: MoveWorkItemInput): Promise<WorkItem> {
  const { id, beforeId, afterId, role } = input;
  const item = await lockWorkItem(tx, id);
  if (!item) throw notFound('Work item');
  const targetStateId = input.toStateId ?? item.stateId;
  // Moves into one column queue here, so the neighbours read below stay where they are.
  await lockColumn(tx, targetStateId);
  const plan = await planTransition(tx, {
    item,
    toStateId: targetStateId,
    role,
    field: 'input.toStateId',
    at: actor.at,
  });
  const rank = await rankForMove(tx, { item, targetStateId, beforeId, afterId, endRank: plan?.data.rank ?? null });
  const changes: FieldChange[] = [];
  if (plan) changes.push(plan.change);
  if (rank !== item.rank) changes.push({ field: 'rank', oldValue: item.rank, newValue: rank });
  if (!changes.length) return item;
  const updated = await tx.workItem.update({
    where: { id },
    data: { ...plan?.data, rank, version: { increment: 1 }, updatedAt: actor.at },
  });
  await recordHistory(tx, id, actor.userId, changes, actor.at);
  await writeItemEvents(tx, [id], (subject) => itemMoved(originOf(actor), subject, changes));
  return updated;
}
