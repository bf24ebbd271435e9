import { parseRow } from '../../../lib/db/parse-rows';
import { badInput, forbidden } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import { asProjectRole, projectRoleAtLeast, type ProjectRole } from '../../../lib/roles';
import type { WorkItemsTx } from '../db';
import type { WorkItem, WorkflowState } from '../generated/prisma/client';
import { rankBetween } from '../rules/ranks';
import type { StateChange } from '../events/work-item-events';
import type { FieldChange } from '../rules/field-change';
import { missingFieldsMessage, missingRequiredFields, quotedList } from '../rules/transition-rules';
import { MaxRankRow } from './rows';

export interface PlannedTransition {
  data: { stateId: string; stateEnteredAt: Date; rank: string };
  change: FieldChange;
  /** For the item's `work_item.transitioned` event. */
  stateChange: StateChange;
}

/** The rank after every item of a column (archived ones too, so a restored item keeps a distinct place). */
export async function endOfColumnRank(tx: WorkItemsTx, stateId: string): Promise<string> {
  const { rank } = parseRow(
    'endOfColumnRank',
    MaxRankRow,
    await tx.$queryRaw`SELECT max(rank) AS rank FROM work_items.work_item WHERE state_id = ${stateId}::uuid`,
  );
  return rankBetween(rank, null);
}

/**
 * null when toStateId is the item's state. Throws BAD_USER_INPUT on args.field (state of another project,
 * transition not allowed — message names the allowed targets —, required fields missing) or FORBIDDEN
 * (role below the transition's minimumRole). The caller holds the item's row lock, applies `data` with the
 * version bump and records `change`.
 */
export async function planTransition(
  tx: WorkItemsTx,
  args: { item: WorkItem; toStateId: string; role: ProjectRole; field: string; at: Date },
): Promise<PlannedTransition | null> {
  const { item, toStateId, role, field, at } = args;
  if (toStateId === item.stateId) return null;
  // Locks the states against deletion until this transaction ends; a state deleted meanwhile is not found.
  await tx.$executeRaw`
    SELECT 1 FROM work_items.workflow_state WHERE id IN (${item.stateId}::uuid, ${toStateId}::uuid) FOR KEY SHARE`;
  const states = await tx.workflowState.findMany({
    where: { id: { in: [item.stateId, toStateId] }, projectId: item.projectId },
  });
  const from = states.find((s) => s.id === item.stateId);
  const to = states.find((s) => s.id === toStateId);
  if (!to || !from) throw badInput(field, `${field} is not a state of the item's workflow.`);

  const transition = await tx.workflowTransition.findUnique({
    where: { fromStateId_toStateId: { fromStateId: from.id, toStateId: to.id } },
  });
  if (!transition) {
    const allowed = await allowedTargets(tx, from.id);
    throw badInput(
      field,
      `The workflow does not allow moving from "${from.name}" to "${to.name}". Allowed next states: ${quotedList(allowed.map((s) => s.name))}.`,
      { allowedStateIds: allowed.map((s) => toGlobalId('WorkflowState', s.id)) },
    );
  }
  const minimumRole = asProjectRole(transition.minimumRole);
  if (minimumRole && !projectRoleAtLeast(role, minimumRole)) {
    throw forbidden(`Moving from "${from.name}" to "${to.name}" requires the ${minimumRole} role in the project.`);
  }
  const missing = await missingRequiredFields(item, transition.requiredFields, () =>
    tx.workItemLabel.count({ where: { workItemId: item.id } }),
  );
  if (missing.length) throw badInput(field, missingFieldsMessage(to.name, missing), { missingFields: missing });

  return {
    data: { stateId: to.id, stateEnteredAt: at, rank: await endOfColumnRank(tx, to.id) },
    change: { field: 'state', oldValue: { id: from.id, name: from.name }, newValue: { id: to.id, name: to.name } },
    stateChange: { fromStateId: from.id, toStateId: to.id, fromCategory: from.category, toCategory: to.category },
  };
}

/** The states a state's transitions lead to, in workflow order. */
async function allowedTargets(tx: WorkItemsTx, fromStateId: string): Promise<WorkflowState[]> {
  const transitions = await tx.workflowTransition.findMany({
    where: { fromStateId },
    include: { toState: true },
  });
  return transitions
    .map((t) => t.toState)
    .sort((a, b) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime());
}
