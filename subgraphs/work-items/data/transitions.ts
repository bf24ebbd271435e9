import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import { badInput, forbidden } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import { asProjectRole, projectRoleAtLeast, type ProjectRole } from '../../../lib/roles';
import type { WorkItemsTx } from '../db';
import type { WorkItem, WorkflowState } from '../generated/prisma/client';
import { rankBetween } from '../rules/ranks';
import type { StateChange } from '../events/work-item-events';
import type { FieldChange } from '../rules/field-change';
import { missingFieldsMessage, missingRequiredFields, quotedList } from '../rules/transition-rules';

export interface PlannedTransition {
  data: { stateId: string; stateEnteredAt: Date; rank: string };
  change: FieldChange;
  /** For the item's `work_item.transitioned` event. */
  stateChange: StateChange;
}

/** The item's state and the target, with the workflow's transition between them and the target column's end. */
const TransitionEndsRow = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  allowed: z.boolean(),
  minimumRole: z.string().nullable(),
  requiredFields: z.array(z.string()).nullable(),
  endRank: z.string().nullable(),
});

/**
 * The two states of a transition in one round trip, locked against deletion until the transaction
 * ends (a state deleted meanwhile is not found), each with the transition into the target when the
 * workflow has one, and the target's last rank (archived items too, so a restored item keeps a
 * distinct place; read on the project's column index). States of another project are not found.
 */
async function transitionEnds(tx: WorkItemsTx, item: WorkItem, toStateId: string) {
  return parseRows(
    'transitionEnds',
    TransitionEndsRow,
    await tx.$queryRaw`
      SELECT s.id::text AS id, s.name, s.category,
             t.id IS NOT NULL AS allowed, t.minimum_role AS "minimumRole", t.required_fields AS "requiredFields",
             CASE WHEN s.id = ${toStateId}::uuid THEN (
               SELECT max(w.rank) FROM work_items.work_item w
               WHERE w.project_id = ${item.projectId}::uuid AND w.state_id = ${toStateId}::uuid
             ) END AS "endRank"
      FROM work_items.workflow_state s
      LEFT JOIN work_items.workflow_transition t
        ON s.id = ${toStateId}::uuid AND t.from_state_id = ${item.stateId}::uuid AND t.to_state_id = ${toStateId}::uuid
      WHERE s.id IN (${item.stateId}::uuid, ${toStateId}::uuid) AND s.project_id = ${item.projectId}::uuid
      FOR KEY SHARE OF s`,
  );
}

/**
 * The ends of transitions already read in this transaction, by `<from state>:<to state>`: a batch
 * moving many items between the same two states reads them once. Their `endRank` is the column's
 * last rank when first read, so the caller ranks later items after the batch's own (bulk updates do).
 */
export type TransitionEndsCache = Map<string, Promise<z.infer<typeof TransitionEndsRow>[]>>;

function endsOf(tx: WorkItemsTx, item: WorkItem, toStateId: string, cache: TransitionEndsCache | undefined) {
  if (!cache) return transitionEnds(tx, item, toStateId);
  const key = `${item.stateId}:${toStateId}`;
  let ends = cache.get(key);
  if (!ends) cache.set(key, (ends = transitionEnds(tx, item, toStateId)));
  return ends;
}

/**
 * null when toStateId is the item's state. Throws BAD_USER_INPUT on args.field (state of another project,
 * transition not allowed — message names the allowed targets —, required fields missing) or FORBIDDEN
 * (role below the transition's minimumRole). The caller holds the item's row lock and the target column's
 * lock, applies `data` with the version bump and records `change`.
 */
export async function planTransition(
  tx: WorkItemsTx,
  args: {
    item: WorkItem;
    toStateId: string;
    role: ProjectRole;
    field: string;
    at: Date;
    /** The item's labels as they will be, when the caller knows them (a bulk update writes them afterwards). */
    labelCount?: number;
  },
  ends?: TransitionEndsCache,
): Promise<PlannedTransition | null> {
  const { item, toStateId, role, field, at, labelCount } = args;
  if (toStateId === item.stateId) return null;
  const states = await endsOf(tx, item, toStateId, ends);
  const from = states.find((s) => s.id === item.stateId);
  const to = states.find((s) => s.id === toStateId);
  if (!to || !from) throw badInput(field, `${field} is not a state of the item's workflow.`);

  if (!to.allowed) {
    const allowed = await allowedTargets(tx, from.id);
    throw badInput(
      field,
      `The workflow does not allow moving from "${from.name}" to "${to.name}". Allowed next states: ${quotedList(allowed.map((s) => s.name))}.`,
      { allowedStateIds: allowed.map((s) => toGlobalId('WorkflowState', s.id)) },
    );
  }
  const minimumRole = asProjectRole(to.minimumRole);
  if (minimumRole && !projectRoleAtLeast(role, minimumRole)) {
    throw forbidden(`Moving from "${from.name}" to "${to.name}" requires the ${minimumRole} role in the project.`);
  }
  const missing = await missingRequiredFields(
    item,
    to.requiredFields ?? [],
    async () => labelCount ?? tx.workItemLabel.count({ where: { workItemId: item.id } }),
  );
  if (missing.length) throw badInput(field, missingFieldsMessage(to.name, missing), { missingFields: missing });

  return {
    data: { stateId: to.id, stateEnteredAt: at, rank: rankBetween(to.endRank, null) },
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
