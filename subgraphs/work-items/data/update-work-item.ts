import { notFound } from '../../../lib/errors';
import type { WorkItemsTx } from '../db';
import type { CustomField, Label, WorkItem } from '../generated/prisma/client';
import type { ProjectConfigSettings } from './project-reads';
import { itemChanged, writeItemEvents } from '../events/work-item-events';
import { gid, labelsText } from '../rules/history-text';
import { checkDepth, checkNesting, checkNewParent } from '../rules/hierarchy';
import { checkExpectedVersion, sameIds, scalarChanges, type ScalarFieldsInput } from '../rules/item-changes';
import { originOf, type Actor } from './actor';
import type { CustomFieldWrite } from './custom-field-values';
import { childTypesOf, rewriteSubtreePaths, subtreeHeight } from './hierarchy';
import type { FieldChange } from '../rules/field-change';
import { fieldDefinitions, labelsOfItems, lockProject, lockWorkItems, setLabels, shareLockProject } from './items';
import { saveItemChanges } from './save-item-changes';

/** A parsed `updateWorkItem` input: undefined leaves a field as it is. */
export interface UpdateWorkItemInput extends ScalarFieldsInput {
  id: string;
  projectId: string;
  /** The project's rules as the access check read them. */
  settings: ProjectConfigSettings;
  expectedVersion: number;
  parentId?: string | null;
  /** The new label set: ids, and their rows (checked to be labels of the project) for history text. */
  labels?: { ids: string[]; rows: Label[] };
  /** Checks and merges custom field values into the item's current ones; absent when none were given. */
  customFields?: (fields: readonly CustomField[], current: unknown) => Promise<CustomFieldWrite>;
}

/**
 * Changes an item's fields in the caller's transaction. Locks: the project's row when re-parenting
 * (exclusive) or when custom field values change (shared), then the item's (and new parent's) rows.
 * CONFLICT when `expectedVersion` is stale. Writes the row, one history entry per changed field, the
 * subtree's paths when re-parented, and one `work_item.updated` event; nothing when nothing changes.
 */
export async function updateWorkItem(tx: WorkItemsTx, actor: Actor, input: UpdateWorkItemInput): Promise<void> {
  const { id, projectId, parentId } = input;
  // Re-parenting takes the project's row lock, as creation does: hierarchy changes of one project
  // run one at a time, so two concurrent moves cannot close a cycle and no child is created under
  // a subtree while its paths are rewritten.
  if (parentId !== undefined) await lockProject(tx, projectId);
  // Field definitions change under the same row's exclusive lock: values are checked again below it.
  else if (input.customFields) await shareLockProject(tx, projectId);
  const locked = await lockWorkItems(tx, parentId ? [id, parentId] : [id]);
  const item = locked.get(id);
  if (!item) throw notFound('Work item');
  checkExpectedVersion(item, input.expectedVersion, 'input.expectedVersion');
  if (input.type !== undefined && input.type !== item.type) {
    const keepsParent = input.parentId === undefined || input.parentId === item.parentId;
    await checkTypeChange(tx, input.settings, item, input.type, keepsParent, 'input.type');
  }
  const { data, changes } = scalarChanges(item, input);
  if (input.labels) changes.push(...(await replaceLabels(tx, item, input.labels)));
  if (input.customFields) {
    const custom = await input.customFields(await fieldDefinitions(tx, projectId), item.customFields);
    if (custom.changes.length) {
      data.customFields = custom.values;
      changes.push(...custom.changes);
    }
  }
  if (parentId !== undefined && parentId !== item.parentId) {
    const parent = parentId === null ? null : locked.get(parentId);
    const newPath = await checkMove(tx, input.settings, item, input.type ?? item.type, parent);
    await rewriteSubtreePaths(tx, item, newPath, parentId, actor.at);
    changes.push({ field: 'parent', oldValue: gid('WorkItem', item.parentId), newValue: gid('WorkItem', parentId) });
  }
  await saveItemChanges(tx, actor, item, data, changes);
  if (changes.length) {
    await writeItemEvents(tx, [id], (subject) => itemChanged(originOf(actor), subject, changes));
  }
}

/** The new type must hold the item's children and fit under its parent (when the parent stays). */
export async function checkTypeChange(
  tx: WorkItemsTx,
  settings: ProjectConfigSettings,
  item: WorkItem,
  type: string,
  keepsParent: boolean,
  field: string,
): Promise<void> {
  for (const childType of await childTypesOf(tx, item.id)) checkNesting(settings, type, childType, field);
  if (item.parentId && keepsParent) {
    const parent = await tx.workItem.findUnique({ where: { id: item.parentId } });
    if (parent) checkNesting(settings, parent.type, type, field);
  }
}

/** Writes the item's new label set when it differs; the history entry of the change, if any. */
async function replaceLabels(
  tx: WorkItemsTx,
  item: WorkItem,
  labels: { ids: string[]; rows: Label[] },
): Promise<FieldChange[]> {
  const current = await labelsOfItems(tx, [item.id]);
  const currentIds = current.map((label) => label.id);
  if (sameIds(labels.ids, currentIds)) return [];
  await setLabels(tx, item.id, currentIds, labels.ids);
  return [{ field: 'labels', oldValue: labelsText(current), newValue: labelsText(labels.rows) }];
}

/**
 * Checks moving an item (and its subtree) under `parent` (null: to the top) and returns the item's
 * new path: no cycle, parent not archived, nesting allowed, the deepest descendant within maxDepth.
 */
export async function checkMove(
  tx: WorkItemsTx,
  settings: ProjectConfigSettings,
  item: WorkItem,
  itemType: string,
  parent: WorkItem | null | undefined,
  field = 'input.parentId',
): Promise<string[]> {
  if (parent === null) return [];
  if (!parent) throw notFound('Work item');
  checkNewParent(settings, item, itemType, parent, field);
  checkDepth(settings, parent.path.length + 1 + (await subtreeHeight(tx, item)), field);
  return [...parent.path, parent.id];
}
