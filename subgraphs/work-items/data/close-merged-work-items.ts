import { AppError } from '../../../lib/errors';
import type { WorkItemsTx } from '../db';
import type { WorkItem } from '../generated/prisma/client';
import { itemChanged, writeItemEvents } from '../events/work-item-events';
import { recordHistory } from './history';
import { lockWorkItems } from './items';
import { planTransition } from './transitions';
import { lockColumn } from './workflow';

/** What became of one item a merged pull request closes. */
export type MergeMoveOutcome = 'MOVED' | 'ALREADY_CLOSED' | 'NOT_ALLOWED' | 'NO_DONE_STATE' | 'MISSING';

export interface MergeMove {
  workItemId: string;
  /** The state to move to; null: the project's first DONE state. */
  toStateId: string | null;
}

const closedCategories = new Set(['DONE', 'CANCELED']);

/**
 * Moves items to their merged state as the system (no actor; history names `source`), each through
 * the workflow's transition rules like a person's move. Items already DONE or CANCELED stay where
 * they are, so a redelivered merge changes nothing; a move the workflow refuses (no transition,
 * required fields missing) is skipped, not an error. Locks the items in id order, then each target
 * column.
 */
export async function closeMergedWorkItems(
  tx: WorkItemsTx,
  input: { moves: readonly MergeMove[]; source: string; at: Date },
): Promise<{ workItemId: string; outcome: MergeMoveOutcome }[]> {
  const items = await lockWorkItems(
    tx,
    input.moves.map((move) => move.workItemId),
  );
  const states = await tx.workflowState.findMany({
    where: { projectId: { in: [...new Set([...items.values()].map((item) => item.projectId))] } },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
  const outcomes: { workItemId: string; outcome: MergeMoveOutcome }[] = [];
  for (const move of input.moves) {
    const item = items.get(move.workItemId);
    const current = item && states.find((state) => state.id === item.stateId);
    const target =
      item &&
      (move.toStateId ?? states.find((state) => state.projectId === item.projectId && state.category === 'DONE')?.id);
    const outcome: MergeMoveOutcome = !item
      ? 'MISSING'
      : current && closedCategories.has(current.category)
        ? 'ALREADY_CLOSED'
        : !target
          ? 'NO_DONE_STATE'
          : await moveItem(tx, item, target, input);
    outcomes.push({ workItemId: move.workItemId, outcome });
  }
  return outcomes;
}

async function moveItem(
  tx: WorkItemsTx,
  item: WorkItem,
  toStateId: string,
  input: { source: string; at: Date },
): Promise<MergeMoveOutcome> {
  await lockColumn(tx, toStateId);
  let plan;
  try {
    // The system holds no project role: ADMIN passes every transition's minimum role.
    plan = await planTransition(tx, { item, toStateId, role: 'ADMIN', field: 'toStateId', at: input.at });
  } catch (error) {
    if (error instanceof AppError) return 'NOT_ALLOWED';
    throw error;
  }
  if (!plan) return 'ALREADY_CLOSED';
  await tx.workItem.update({
    where: { id: item.id },
    data: { ...plan.data, version: { increment: 1 }, updatedAt: input.at },
  });
  await recordHistory(tx, item.id, null, [plan.change], input.at, input.source);
  await writeItemEvents(tx, [item.id], (subject) =>
    itemChanged({ actorId: null, at: input.at }, subject, [plan.change], plan.stateChange),
  );
  return 'MOVED';
}
