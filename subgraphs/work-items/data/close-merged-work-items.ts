import { AppError } from '../../../lib/errors';
import type { WorkItemsTx } from '../db';
import type { WorkflowState, WorkItem } from '../generated/prisma/client';
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
  /** The pull request that closes it, as a refusal's history note names it (`PR #12 in acme/shop`). */
  pullRequest: string | null;
}

export interface MergeMoveResult {
  workItemId: string;
  outcome: MergeMoveOutcome;
  /** Why it did not move (NOT_ALLOWED, NO_DONE_STATE); null otherwise. */
  reason: string | null;
}

/** The history field of a move the system tried and the workflow refused. */
export const refusedStateField = 'stateRefused';

const closedCategories = new Set(['DONE', 'CANCELED']);

/**
 * Moves items to their merged state as the system (no actor; history names `source`), each through
 * the workflow's transition rules like a person's move. Items already DONE or CANCELED stay where
 * they are, so a redelivered merge changes nothing; a move the workflow refuses (no transition,
 * required fields missing, a merged state outside the item's workflow) is not an error: the item
 * stays, its history records the refusal with the pull request and the reason (once: the same
 * refusal again adds nothing), and the result says why. Locks the items in id order, then each
 * target column.
 */
export async function closeMergedWorkItems(
  tx: WorkItemsTx,
  input: { moves: readonly MergeMove[]; source: string; at: Date },
): Promise<MergeMoveResult[]> {
  const items = await lockWorkItems(
    tx,
    input.moves.map((move) => move.workItemId),
  );
  const states = await tx.workflowState.findMany({
    where: { projectId: { in: [...new Set([...items.values()].map((item) => item.projectId))] } },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
  const results: MergeMoveResult[] = [];
  for (const move of input.moves) {
    const item = items.get(move.workItemId);
    const result = (outcome: MergeMoveOutcome, reason: string | null = null) =>
      results.push({ workItemId: move.workItemId, outcome, reason });
    if (!item) {
      result('MISSING');
      continue;
    }
    const current = states.find((state) => state.id === item.stateId);
    const target =
      move.toStateId ?? states.find((state) => state.projectId === item.projectId && state.category === 'DONE')?.id;
    if (current && closedCategories.has(current.category)) result('ALREADY_CLOSED');
    else if (!target) result('NO_DONE_STATE', 'The workflow has no DONE state.');
    else if (!states.some((state) => state.id === target && state.projectId === item.projectId)) {
      const reason = "The project's merged state is not in the item's workflow.";
      await recordRefusal(tx, { item, current, target: null, pullRequest: move.pullRequest, reason }, input);
      result('NOT_ALLOWED', reason);
    } else {
      const moved = await moveItem(tx, item, target, input);
      if (moved.outcome === 'NOT_ALLOWED' && moved.reason) {
        const to = states.find((state) => state.id === target) ?? null;
        await recordRefusal(
          tx,
          { item, current, target: to, pullRequest: move.pullRequest, reason: moved.reason },
          input,
        );
      }
      result(moved.outcome, moved.reason);
    }
  }
  return results;
}

const stateValue = (state: WorkflowState | null | undefined) => (state ? { id: state.id, name: state.name } : null);

/**
 * A refused move in the item's history: field `stateRefused`, from its state to the one it was to
 * go to, no actor, the source, and a note naming the pull request and the workflow's reason. Not
 * written again when the item's latest entry is the same refusal (a merged pull request's later
 * deliveries try again).
 */
async function recordRefusal(
  tx: WorkItemsTx,
  refusal: {
    item: WorkItem;
    current: WorkflowState | undefined;
    target: WorkflowState | null;
    pullRequest: string | null;
    reason: string;
  },
  input: { source: string; at: Date },
) {
  const note = `${refusal.pullRequest ?? 'A pull request'} was merged, but the item could not move: ${refusal.reason}`;
  const latest = await tx.historyEntry.findFirst({
    where: { workItemId: refusal.item.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  if (latest?.field === refusedStateField && latest.note === note) return;
  await tx.historyEntry.create({
    data: {
      workItemId: refusal.item.id,
      actorId: null,
      source: input.source,
      field: refusedStateField,
      oldValue: stateValue(refusal.current) ?? undefined,
      newValue: stateValue(refusal.target) ?? undefined,
      note,
      createdAt: input.at,
    },
  });
}

async function moveItem(
  tx: WorkItemsTx,
  item: WorkItem,
  toStateId: string,
  input: { source: string; at: Date },
): Promise<{ outcome: MergeMoveOutcome; reason: string | null }> {
  await lockColumn(tx, toStateId);
  let plan;
  try {
    // The system holds no project role: ADMIN passes every transition's minimum role.
    plan = await planTransition(tx, { item, toStateId, role: 'ADMIN', field: 'toStateId', at: input.at });
  } catch (error) {
    if (error instanceof AppError) return { outcome: 'NOT_ALLOWED', reason: error.message };
    throw error;
  }
  if (!plan) return { outcome: 'ALREADY_CLOSED', reason: null };
  await tx.workItem.update({
    where: { id: item.id },
    data: { ...plan.data, version: { increment: 1 }, updatedAt: input.at },
  });
  await recordHistory(tx, item.id, null, [plan.change], input.at, input.source);
  await writeItemEvents(tx, [item.id], (subject) =>
    itemChanged({ actorId: null, at: input.at }, subject, [plan.change], plan.stateChange),
  );
  return { outcome: 'MOVED', reason: null };
}
