import { AppError, badInput, ErrorCode, notFound } from '../../../lib/errors';
import type { ProjectRole } from '../../../lib/roles';
import type { WorkItemsTx } from '../db';
import { itemChanged, writeItemEvents, type StateChange } from '../events/work-item-events';
import type { CustomField, Label, WorkItem } from '../generated/prisma/client';
import type { Priority } from '../priority';
import { gid, labelsText } from '../rules/history-text';
import { checkExpectedVersion, mergedLabelIds, sameIds, scalarChanges } from '../rules/item-changes';
import { maxLabelsPerItem } from '../validation';
import { originOf, type Actor } from './actor';
import type { FieldChange } from '../rules/field-change';
import { recordHistoryOfItems } from './history';
import { writeItemRows } from './write-item-rows';
import { rankBetween } from '../rules/ranks';
import {
  fieldDefinitions,
  labelsOfItems,
  lockProject,
  lockWorkItems,
  setLabelsOfItems,
  shareLockProject,
} from './items';
import type { CustomFieldWrite } from './custom-field-values';
import { planTransition, type TransitionEndsCache } from './transitions';
import type { ProjectConfigSettings } from './project-reads';
import { checkMove, checkTypeChange } from './update-work-item';
import { rewriteSubtreePaths } from './hierarchy';

/** A parsed `bulkUpdateWorkItems` input: items of one project, changes checked against it. */
export interface BulkUpdateInput {
  /** The items to change, each with its position in the input's `ids` (for failures). */
  items: { id: string; index: number }[];
  /** The actor's role in the items' project (transitions may require more). */
  role: ProjectRole;
  /** The items' project and its rules (hierarchy, for a type change or a move). */
  projectId: string;
  settings: ProjectConfigSettings;
  toStateId?: string;
  type?: string;
  /** A new parent for every item (null: to the top). */
  parentId?: string | null;
  /** Checks the custom field values and merges them into an item's; absent when none were given. */
  customFields?: (fields: readonly CustomField[], current: unknown) => Promise<CustomFieldWrite>;
  priority?: Priority;
  assigneeId?: string | null;
  releaseId?: string | null;
  dueDate?: Date | null;
  estimate?: number | null;
  timeEstimateMinutes?: number | null;
  addLabelIds: string[];
  removeLabelIds: string[];
  /** The rows of the added and removed labels, for history text. */
  labelById: Map<string, Label>;
  /** The versions the client read, by item, with the position of each in `expectedVersions`. */
  expectedVersions: Map<string, { version: number; index: number }>;
  /** False: an item that cannot change is rolled back to its savepoint and reported; the others go on. */
  atomic: boolean;
}

/** An item a non-atomic bulk update left as it was, with the error it would have failed with alone. */
export interface BulkFailure {
  id: string;
  index: number;
  error: AppError;
}

type Written = {
  next: WorkItem;
  changes: FieldChange[];
  stateChange: StateChange | null;
  /** The item's label ids before and after, when they change: written for every item at once. */
  labels: { current: string[]; labelIds: string[] } | null;
};

/**
 * One transaction over every item: rows locked in id order (so two bulk updates never deadlock),
 * then each item's change worked out in the order of `ids`, and one event per changed item.
 *
 * Every item's row, labels and history are written at once (one row update, two label statements, one
 * history insert), and a transition's workflow is read once per pair of states, so neither grows with
 * the number of items; a transition's required labels are counted from the labels the item will have.
 * A change of type or parent is checked against the other items' rows as the batch leaves them, so
 * each such item is written before the next is checked.
 *
 * Atomic, any failure rolls the whole batch back. Otherwise a refused item is reported and left as
 * it was: items whose change writes before it can fail (type, parent) run under a savepoint (two more
 * statements each).
 */
export async function bulkUpdateWorkItems(
  tx: WorkItemsTx,
  actor: Actor,
  input: BulkUpdateInput,
): Promise<BulkFailure[]> {
  const ids = input.items.map((item) => item.id);
  // Moves take the project's row lock, as updateWorkItem's do: no concurrent move can close a cycle.
  if (input.parentId !== undefined) await lockProject(tx, input.projectId);
  // Field definitions change under the same row's exclusive lock: values are checked again below it.
  else if (input.customFields) await shareLockProject(tx, input.projectId);
  const fields = input.customFields ? await fieldDefinitions(tx, input.projectId) : [];
  const locked = await lockWorkItems(
    tx,
    input.parentId && !ids.includes(input.parentId) ? [...ids, input.parentId] : ids,
  );
  if (input.parentId && !locked.has(input.parentId)) {
    throw new AppError(ErrorCode.NotFound, 'Work item not found.', { field: 'input.changes.parentId' });
  }
  const parent = input.parentId ? locked.get(input.parentId)! : null;
  const labelsOf = new Map<string, Label[]>();
  for (const label of await labelsOfItems(tx, ids)) {
    const list = labelsOf.get(label.workItemId);
    if (list) list.push(label);
    else labelsOf.set(label.workItemId, [label]);
  }
  const itemByItem = input.type !== undefined || input.parentId !== undefined;
  const batch: Batch = { parent, fields, columnEnds: new Map(), transitionEnds: new Map() };
  const written = new Map<string, Written>();
  const failures: BulkFailure[] = [];
  for (const { id, index } of input.items) {
    const labels = labelsOf.get(id) ?? [];
    const change = async () => {
      const done = await changeItem(tx, actor, input, id, locked.get(id), labels, batch);
      if (done && itemByItem) await writeItems(tx, actor, [[id, done]]);
      return done;
    };
    const savepoint = !input.atomic && itemByItem;
    if (savepoint) await tx.$executeRaw`SAVEPOINT bulk_item`;
    try {
      const done = await change();
      if (savepoint) await tx.$executeRaw`RELEASE SAVEPOINT bulk_item`;
      if (done) written.set(id, done);
    } catch (error) {
      if (input.atomic || !(error instanceof AppError)) throw error;
      if (savepoint) await tx.$executeRaw`ROLLBACK TO SAVEPOINT bulk_item`;
      failures.push({ id, index, error });
    }
  }
  if (!itemByItem) await writeItems(tx, actor, [...written.entries()]);
  await setLabelsOfItems(
    tx,
    [...written.entries()].flatMap(([itemId, done]) => (done.labels ? [{ itemId, ...done.labels }] : [])),
  );
  await writeItemEvents(tx, [...written.keys()], (subject) => {
    const { changes, stateChange } = written.get(subject.snapshot.id)!;
    return itemChanged(originOf(actor), subject, changes, stateChange);
  });
  return failures;
}

/**
 * What every item of a batch shares: the new parent, the field definitions, the last rank given in
 * each column and the transitions' ends read so far.
 */
interface Batch {
  parent: WorkItem | null;
  fields: readonly CustomField[];
  columnEnds: Map<string, string>;
  transitionEnds: TransitionEndsCache;
}

/** The items' rows as changed, then their history: two statements however many items. */
async function writeItems(tx: WorkItemsTx, actor: Actor, items: readonly [string, Written][]): Promise<void> {
  await writeItemRows(
    tx,
    items.map(([, done]) => done.next),
    actor.at,
  );
  await recordHistoryOfItems(
    tx,
    items.map(([workItemId, done]) => ({ workItemId, changes: done.changes })),
    actor.userId,
    actor.at,
  );
}

/** One item's change, its moves made, its row and labels not yet written: null when nothing changes. */
async function changeItem(
  tx: WorkItemsTx,
  actor: Actor,
  input: BulkUpdateInput,
  id: string,
  item: WorkItem | undefined,
  labels: Label[],
  batch: Batch,
): Promise<Written | null> {
  if (!item) throw notFound('Work item');
  const expected = input.expectedVersions.get(id);
  if (expected) checkExpectedVersion(item, expected.version, `input.expectedVersions.${expected.index}`);
  const moves = input.parentId !== undefined && input.parentId !== item.parentId;
  if (input.type !== undefined && input.type !== item.type) {
    await checkTypeChange(tx, input.settings, item, input.type, !moves, 'input.changes.type');
  }
  const { data, changes } = scalarChanges(item, input);
  const next: WorkItem = { ...item, ...(data as Partial<WorkItem>) };
  const labelChange = input.addLabelIds.length || input.removeLabelIds.length ? changeLabels(labels, input) : null;
  if (labelChange?.change) changes.push(labelChange.change);
  if (input.customFields) {
    const custom = await input.customFields(batch.fields, item.customFields);
    if (custom.changes.length) {
      next.customFields = custom.values;
      changes.push(...custom.changes);
    }
  }
  if (moves) changes.push(await moveItem(tx, input.settings, id, next.type, batch.parent, actor.at));
  const planned = input.toStateId
    ? await planTransition(
        tx,
        {
          item: next,
          toStateId: input.toStateId,
          role: input.role,
          field: 'input.changes.toStateId',
          at: actor.at,
          labelCount: (labelChange?.labelIds ?? labels).length,
        },
        batch.transitionEnds,
      )
    : null;
  if (planned) {
    // The column's last rank as read does not hold the batch's unwritten rows: go after them too.
    const end = batch.columnEnds.get(planned.data.stateId);
    const rank = end !== undefined && end >= planned.data.rank ? rankBetween(end, null) : planned.data.rank;
    batch.columnEnds.set(planned.data.stateId, rank);
    Object.assign(next, planned.data, { rank });
    changes.push(planned.change);
  }
  if (!changes.length) return null;
  const labelWrite = labelChange?.change ? { current: labels.map((l) => l.id), labelIds: labelChange.labelIds } : null;
  return { next, changes, stateChange: planned?.stateChange ?? null, labels: labelWrite };
}

/**
 * Moves the item (and its subtree) under `parent`, from its row as it is now: an item moved earlier
 * in the batch may have been its ancestor and rewritten its path.
 */
async function moveItem(
  tx: WorkItemsTx,
  settings: ProjectConfigSettings,
  id: string,
  type: string,
  parent: WorkItem | null,
  at: Date,
): Promise<FieldChange> {
  const item = await tx.workItem.findUniqueOrThrow({ where: { id } });
  const newPath = await checkMove(tx, settings, item, type, parent, 'input.changes.parentId');
  const parentId = parent?.id ?? null;
  await rewriteSubtreePaths(tx, item, newPath, parentId, at);
  return { field: 'parent', oldValue: gid('WorkItem', item.parentId), newValue: gid('WorkItem', parentId) };
}

/**
 * The item's label ids once the labels are added and removed, and the history entry of the change
 * (null when they stay the same); nothing is written yet.
 */
function changeLabels(before: Label[], input: BulkUpdateInput): { labelIds: string[]; change: FieldChange | null } {
  const beforeIds = before.map((label) => label.id);
  const afterIds = mergedLabelIds(beforeIds, input.addLabelIds, input.removeLabelIds);
  if (afterIds.length > maxLabelsPerItem) {
    throw badInput('input.changes.addLabelIds', `An item has at most ${maxLabelsPerItem} labels.`);
  }
  if (sameIds(beforeIds, afterIds)) return { labelIds: beforeIds, change: null };
  const after = afterIds.map((labelId) => before.find((l) => l.id === labelId) ?? input.labelById.get(labelId)!);
  return { labelIds: afterIds, change: { field: 'labels', oldValue: labelsText(before), newValue: labelsText(after) } };
}
