import { badInput, notFound } from '../../../lib/errors';
import type { ProjectRole } from '../../../lib/roles';
import type { WorkItemsTx } from '../db';
import { itemChanged, writeItemEvents, type StateChange } from '../events/work-item-events';
import type { Label, WorkItem } from '../generated/prisma/client';
import type { Priority } from '../priority';
import { labelsText } from '../rules/history-text';
import { mergedLabelIds, sameIds, scalarChanges } from '../rules/item-changes';
import { maxLabelsPerItem } from '../validation';
import { originOf, type Actor } from './actor';
import type { FieldChange } from '../rules/field-change';
import { recordHistory } from './history';
import { labelsOfItems, lockWorkItems, setLabels } from './items';
import { planTransition } from './transitions';

/** A parsed `bulkUpdateWorkItems` input: items of one project, changes checked against it. */
export interface BulkUpdateInput {
  ids: string[];
  /** The actor's role in the items' project (transitions may require more). */
  role: ProjectRole;
  toStateId?: string;
  priority?: Priority;
  assigneeId?: string | null;
  dueDate?: Date | null;
  addLabelIds: string[];
  removeLabelIds: string[];
  /** The rows of the added and removed labels, for history text. */
  labelById: Map<string, Label>;
}

type Written = { changes: FieldChange[]; stateChange: StateChange | null };

/**
 * One transaction over every item: rows locked in id order (so two bulk updates never deadlock),
 * then each item changed with its history and version bump, in the order of `ids`, and one event
 * per changed item. Any failure rolls the whole batch back.
 */
export async function bulkUpdateWorkItems(tx: WorkItemsTx, actor: Actor, input: BulkUpdateInput): Promise<void> {
  const locked = await lockWorkItems(tx, input.ids);
  const currentLabels = await labelsOfItems(tx, input.ids);
  const written = new Map<string, Written>();
  for (const id of input.ids) {
    const item = locked.get(id);
    if (!item) throw notFound('Work item');
    const { data, changes } = scalarChanges(item, input);
    const next: WorkItem = { ...item, ...(data as Partial<WorkItem>) };
    if (input.addLabelIds.length || input.removeLabelIds.length) {
      const before = currentLabels.filter((label) => label.workItemId === id);
      changes.push(...(await changeLabels(tx, id, before, input)));
    }
    const planned = input.toStateId
      ? await planTransition(tx, {
          item: next,
          toStateId: input.toStateId,
          role: input.role,
          field: 'input.changes.toStateId',
          at: actor.at,
        })
      : null;
    if (planned) changes.push(planned.change);
    if (!changes.length) continue;
    await tx.workItem.update({
      where: { id },
      data: {
        priority: next.priority,
        assigneeId: next.assigneeId,
        dueDate: next.dueDate,
        ...planned?.data,
        version: { increment: 1 },
        updatedAt: actor.at,
      },
    });
    await recordHistory(tx, id, actor.userId, changes, actor.at);
    written.set(id, { changes, stateChange: planned?.stateChange ?? null });
  }
  await writeItemEvents(tx, [...written.keys()], (subject) => {
    const { changes, stateChange } = written.get(subject.snapshot.id)!;
    return itemChanged(originOf(actor), subject, changes, stateChange);
  });
}

/**
 * Adds and removes the item's labels, written before planning a transition (which may require
 * labels); the history entry of the change, if any.
 */
async function changeLabels(
  tx: WorkItemsTx,
  id: string,
  before: Label[],
  input: BulkUpdateInput,
): Promise<FieldChange[]> {
  const beforeIds = before.map((label) => label.id);
  const afterIds = mergedLabelIds(beforeIds, input.addLabelIds, input.removeLabelIds);
  if (afterIds.length > maxLabelsPerItem) {
    throw badInput('input.changes.addLabelIds', `An item has at most ${maxLabelsPerItem} labels.`);
  }
  if (sameIds(afterIds, beforeIds)) return [];
  await setLabels(tx, id, beforeIds, afterIds);
  const after = afterIds.map((labelId) => before.find((l) => l.id === labelId) ?? input.labelById.get(labelId)!);
  return [{ field: 'labels', oldValue: labelsText(before), newValue: labelsText(after) }];
}
