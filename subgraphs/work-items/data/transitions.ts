import { parseRow } from '../../../lib/db/parse-rows';
import { badInput, forbidden } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import { asProjectRole, projectRoleAtLeast, type ProjectRole } from '../../../lib/roles';
import type { WorkItemsTx } from '../db';
import type { WorkItem, WorkflowState } from '../generated/prisma/client';
import { rankBetween } from '../ranks';
import type { StateChange } from '../events/work-item-events';
import type { FieldChange } from './history';
import { MaxRankRow } from './rows';

export interface PlannedTransition {
  data: { stateId: string; stateEnteredAt: Date; rank: string };
  change: FieldChange;
  /** For the item's `work_item.transitioned` event. */
  stateChange: StateChange;
}

/** Fields a transition may require, in the order of the WorkItemField enum. */
export const workItemFields = ['ASSIGNEE', 'ESTIMATE', 'DUE_DATE', 'DESCRIPTION', 'LABELS'] as const;
export type WorkItemFieldName = (typeof workItemFields)[number];

const fieldLabels: Record<WorkItemFieldName, string> = {
  ASSIGNEE: 'an assignee',
  ESTIMATE: 'an estimate',
  DUE_DATE: 'a due date',
  DESCRIPTION: 'a description',
  LABELS: 'at least one label',
};

/** The required fields the item does not have; `labelCount` is asked only when LABELS is required. */
export async function missingRequiredFields(
  item: Pick<WorkItem, 'assigneeId' | 'estimate' | 'dueDate' | 'description'>,
  required: readonly string[],
  labelCount: () => Promise<number>,
): Promise<WorkItemFieldName[]> {
  const missing: WorkItemFieldName[] = [];
  for (const field of workItemFields) {
    if (!required.includes(field)) continue;
    const present =
      field === 'ASSIGNEE'
        ? item.assigneeId !== null
        : field === 'ESTIMATE'
          ? item.estimate !== null
          : field === 'DUE_DATE'
            ? item.dueDate !== null
            : field === 'DESCRIPTION'
              ? item.description.trim() !== ''
              : (await labelCount()) > 0;
    if (!present) missing.push(field);
  }
  return missing;
}

/** `"A", "B"`, or `none` for an empty list. */
export const quotedList = (names: readonly string[]): string =>
  names.length ? names.map((name) => `"${name}"`).join(', ') : 'none';

export function missingFieldsMessage(toName: string, missing: readonly WorkItemFieldName[]): string {
  return `Moving to "${toName}" requires ${missing.map((field) => fieldLabels[field]).join(', ')}. Missing: ${missing.join(', ')}.`;
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
