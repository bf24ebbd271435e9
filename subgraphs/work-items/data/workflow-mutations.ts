import { badInput, conflict, notFound } from '../../../lib/errors';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import { itemChanged, writeItemEvents } from '../events/work-item-events';
import type { ProjectSettings, WorkflowState, WorkflowTransition } from '../generated/prisma/client';
import { originOf, type Actor } from './actor';
import { withUniqueName } from './unique-name';
import { createState, deleteState, duplicateStateName, lockWorkflow, updateState, upsertTransition } from './workflow';

// Workflow and hierarchy rule edits: each takes the workflow's advisory lock (lockWorkflow) first.

/** Two admins naming states at once: the unique index has the last word (CONFLICT on input.name). */
export const withUniqueStateName = <T>(write: () => Promise<T>): Promise<T> =>
  withUniqueName(write, duplicateStateName);

/** Adds a state (at most 30; connected both ways with every other) under the workflow's lock. */
export async function createWorkflowState(
  tx: WorkItemsTx,
  input: { projectId: string; name: string; category: string; color: string; position: number | null },
): Promise<WorkflowState> {
  await lockWorkflow(tx, input.projectId);
  return createState(tx, input);
}

/** Renames, recolours, recategorises or moves a state under the workflow's lock. */
export async function updateWorkflowState(
  tx: WorkItemsTx,
  input: { id: string; projectId: string; name?: string; category?: string; color?: string; position?: number },
): Promise<WorkflowState> {
  const { id, projectId, ...changes } = input;
  await lockWorkflow(tx, projectId);
  const current = await tx.workflowState.findUnique({ where: { id } });
  if (!current) throw notFound('Workflow state');
  return updateState(tx, current, changes);
}

/**
 * Deletes a state (never the last) under the workflow's lock, moving its items to `targetId` of the
 * same workflow: their rows, `state` history entries and one `work_item.transitioned` each.
 * Returns how many items moved.
 */
export async function deleteWorkflowState(
  tx: WorkItemsTx,
  actor: Actor,
  input: { id: string; projectId: string; targetId: string },
): Promise<number> {
  const { id, projectId, targetId } = input;
  await lockWorkflow(tx, projectId);
  const state = await tx.workflowState.findUnique({ where: { id } });
  if (!state) throw notFound('Workflow state');
  if ((await tx.workflowState.count({ where: { projectId } })) <= 1) {
    throw conflict('The last state of a workflow cannot be deleted.', { field: 'input.id' });
  }
  const target = targetId === id ? null : await tx.workflowState.findUnique({ where: { id: targetId } });
  if (!target || target.projectId !== projectId) {
    throw badInput('input.moveItemsToStateId', 'moveItemsToStateId must be another state of the same workflow.');
  }
  const movedIds = await deleteState(tx, { state, target, actorId: actor.userId, at: actor.at });
  const stateChange = {
    fromStateId: state.id,
    toStateId: target.id,
    fromCategory: state.category,
    toCategory: target.category,
  };
  await writeItemEvents(tx, movedIds, (subject) =>
    itemChanged(originOf(actor), subject, [{ field: 'state' }], stateChange),
  );
  return movedIds.length;
}

/** Allows a transition (or changes its required fields and minimum role) under the workflow's lock. */
export async function setWorkflowTransition(
  tx: WorkItemsTx,
  input: {
    projectId: string;
    fromStateId: string;
    toStateId: string;
    requiredFields: string[];
    minimumRole: string | null;
  },
): Promise<WorkflowTransition> {
  await lockWorkflow(tx, input.projectId);
  return upsertTransition(tx, input);
}

/** Forbids a transition: one statement, no lock needed. NOT_FOUND when it was not allowed. */
export async function removeWorkflowTransition(
  db: WorkItemsPrisma,
  input: { fromStateId: string; toStateId: string },
): Promise<void> {
  const { count } = await db.workflowTransition.deleteMany({ where: input });
  if (count === 0) throw notFound('Workflow transition');
}

/** Replaces the project's hierarchy rules and maximum depth (one statement); existing items stay. */
export function updateHierarchyRules(
  db: WorkItemsPrisma,
  input: { projectId: string; rules: Record<string, string[]>; maxDepth: number },
): Promise<ProjectSettings> {
  return db.projectSettings.update({
    where: { projectId: input.projectId },
    data: { hierarchyRules: input.rules, maxDepth: input.maxDepth },
  });
}
