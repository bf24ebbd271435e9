import { parseRow, parseRows } from '../../../lib/db/parse-rows';
import { badInput, conflict } from '../../../lib/errors';
import type { WorkItemsTx } from '../db';
import type { Prisma, WorkflowState } from '../generated/prisma/client';
import { maxRankLength, ranksBetween, spreadRanks } from '../rules/ranks';
import { IdRow, MaxRankRow } from './rows';
import { maxStatesPerWorkflow } from '../rules/workflow-rules';

// Workflow edits, inside the caller's transaction, which holds lockWorkflow; and the locks.

/** Serializes edits of one project's workflow (positions, names, the 30-state limit). */
export async function lockWorkflow(tx: WorkItemsTx, projectId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`workflow:${projectId}`}))`;
}

/** Serializes rank changes within one board column (one workflow state). */
export async function lockColumn(tx: WorkItemsTx, stateId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${stateId}))`;
}

export const duplicateStateName = () =>
  conflict('The workflow already has a state with this name.', { field: 'input.name' });

async function statesOf(tx: WorkItemsTx, projectId: string): Promise<WorkflowState[]> {
  return tx.workflowState.findMany({ where: { projectId }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] });
}

async function assertNameFree(tx: WorkItemsTx, projectId: string, name: string, exceptId?: string) {
  const existing = await tx.workflowState.findFirst({ where: { projectId, name, id: { not: exceptId } } });
  if (existing) throw duplicateStateName();
}

/**
 * Inserts a state at `position` (the end when null), shifting the states from there on. The new state
 * is connected both ways with every other state, as every state of a new workflow is: the workflow
 * stays "any state to any other" until an admin narrows it.
 */
export async function createState(
  tx: WorkItemsTx,
  args: { projectId: string; name: string; category: string; color: string; position: number | null },
): Promise<WorkflowState> {
  const states = await statesOf(tx, args.projectId);
  if (states.length >= maxStatesPerWorkflow) {
    throw conflict(`A workflow has at most ${maxStatesPerWorkflow} states.`, { field: 'input.projectId' });
  }
  const position = args.position ?? states.length;
  if (position > states.length) {
    throw badInput('input.position', `The position must be between 0 and ${states.length}.`);
  }
  await assertNameFree(tx, args.projectId, args.name);
  await tx.workflowState.updateMany({
    where: { projectId: args.projectId, position: { gte: position } },
    data: { position: { increment: 1 } },
  });
  const state = await tx.workflowState.create({
    data: { projectId: args.projectId, name: args.name, category: args.category, color: args.color, position },
  });
  await tx.workflowTransition.createMany({
    data: states.flatMap((other) => [
      { projectId: args.projectId, fromStateId: other.id, toStateId: state.id },
      { projectId: args.projectId, fromStateId: state.id, toStateId: other.id },
    ]),
  });
  return state;
}

/** Changes a state; a new position shifts the states between the old and the new one. */
export async function updateState(
  tx: WorkItemsTx,
  state: WorkflowState,
  changes: { name?: string; category?: string; color?: string; position?: number },
): Promise<WorkflowState> {
  const data: Prisma.WorkflowStateUpdateInput = {};
  if (changes.name !== undefined && changes.name !== state.name) {
    await assertNameFree(tx, state.projectId, changes.name, state.id);
    data.name = changes.name;
  }
  if (changes.category !== undefined) data.category = changes.category;
  if (changes.color !== undefined) data.color = changes.color;
  if (changes.position !== undefined && changes.position !== state.position) {
    const count = await tx.workflowState.count({ where: { projectId: state.projectId } });
    if (changes.position > count - 1) {
      throw badInput('input.position', `The position must be between 0 and ${count - 1}.`);
    }
    const [low, high, step] =
      changes.position < state.position
        ? [changes.position, state.position - 1, 1]
        : [state.position + 1, changes.position, -1];
    await tx.workflowState.updateMany({
      where: { projectId: state.projectId, id: { not: state.id }, position: { gte: low, lte: high } },
      data: { position: { increment: step } },
    });
    data.position = changes.position;
  }
  if (!Object.keys(data).length) return state;
  return tx.workflowState.update({ where: { id: state.id }, data });
}

/**
 * Moves every item of `state` (archived ones too) to the end of `target`'s column in their board
 * order, with one `state` history entry and a version bump per item, set-based; then deletes the state
 * (its transitions cascade) and closes the gap in positions. Returns the ids of the items moved.
 */
export async function deleteState(
  tx: WorkItemsTx,
  args: { state: WorkflowState; target: WorkflowState; actorId: string; at: Date },
): Promise<string[]> {
  const { state, target, actorId, at } = args;
  // The target column first, as transitions and moves take it before the states: no lock cycle.
  await lockColumn(tx, target.id);
  // Transitions into the state wait on this lock (they share-lock both states) until it is gone.
  await tx.$executeRaw`SELECT id FROM workflow_state WHERE id IN (${state.id}::uuid, ${target.id}::uuid) FOR UPDATE`;
  const moving = parseRows(
    'lockItemsOfState',
    IdRow,
    await tx.$queryRaw`
      SELECT id::text AS id FROM work_item WHERE state_id = ${state.id}::uuid ORDER BY rank, id FOR UPDATE`,
  );
  const ids = moving.map((row) => row.id);
  if (ids.length) {
    const ranks = await ranksAtEndOfColumn(tx, target.id, ids.length);
    await tx.$executeRaw`
      UPDATE work_item w SET state_id = ${target.id}::uuid, rank = v.rank, state_entered_at = ${at},
        updated_at = ${at}, version = w.version + 1
      FROM unnest(${ids}::uuid[], ${ranks}::text[]) AS v(id, rank)
      WHERE w.id = v.id`;
    await tx.$executeRaw`
      INSERT INTO history_entry (id, work_item_id, actor_id, field, old_value, new_value, created_at)
      SELECT gen_random_uuid(), v.id, ${actorId}::uuid, 'state',
        jsonb_build_object('id', ${state.id}::text, 'name', ${state.name}::text),
        jsonb_build_object('id', ${target.id}::text, 'name', ${target.name}::text), ${at}
      FROM unnest(${ids}::uuid[]) AS v(id)`;
  }
  await tx.workflowState.delete({ where: { id: state.id } });
  await tx.workflowState.updateMany({
    where: { projectId: state.projectId, position: { gt: state.position } },
    data: { position: { increment: -1 } },
  });
  return ids;
}

/**
 * `count` increasing ranks after every item of a column (archived ones too), or, in the rare case they
 * would be too long, after the whole column renumbered first.
 */
async function ranksAtEndOfColumn(tx: WorkItemsTx, stateId: string, count: number): Promise<string[]> {
  const { rank } = parseRow(
    'lastRankOfState',
    MaxRankRow,
    await tx.$queryRaw`SELECT max(rank) AS rank FROM work_item WHERE state_id = ${stateId}::uuid`,
  );
  const ranks = ranksBetween(rank, null, count);
  if (ranks.every((rank) => rank.length <= maxRankLength)) return ranks;
  const ids = parseRows(
    'lockColumnInBoardOrder',
    IdRow,
    await tx.$queryRaw`
      SELECT id::text AS id FROM work_item WHERE state_id = ${stateId}::uuid ORDER BY rank, id FOR UPDATE`,
  );
  const all = spreadRanks(ids.length + count);
  await rewriteRanks(
    tx,
    ids.map((r) => r.id),
    all.slice(0, ids.length),
  );
  return all.slice(ids.length);
}

/** Sets the given ranks in one statement (renumbering is the rare fallback, not a version change). */
export async function rewriteRanks(tx: WorkItemsTx, ids: readonly string[], ranks: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await tx.$executeRaw`
    UPDATE work_item w SET rank = v.rank
    FROM unnest(${[...ids]}::uuid[], ${[...ranks]}::text[]) AS v(id, rank)
    WHERE w.id = v.id`;
}

/** Allows a transition or changes its conditions (an upsert on the pair of states). */
export async function upsertTransition(
  tx: WorkItemsTx,
  args: {
    projectId: string;
    fromStateId: string;
    toStateId: string;
    requiredFields: string[];
    minimumRole: string | null;
  },
) {
  const row = parseRow(
    'upsertTransition',
    IdRow,
    await tx.$queryRaw`
    INSERT INTO workflow_transition (id, project_id, from_state_id, to_state_id, required_fields, minimum_role)
    VALUES (gen_random_uuid(), ${args.projectId}::uuid, ${args.fromStateId}::uuid, ${args.toStateId}::uuid,
      ${args.requiredFields}::text[], ${args.minimumRole})
    ON CONFLICT (from_state_id, to_state_id)
      DO UPDATE SET required_fields = EXCLUDED.required_fields, minimum_role = EXCLUDED.minimum_role
    RETURNING id::text AS id`,
  );
  return tx.workflowTransition.findUniqueOrThrow({ where: { id: row.id } });
}
