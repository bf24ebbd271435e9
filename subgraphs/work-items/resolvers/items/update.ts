import { badInput, conflict, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { isProjectMember, workItemWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import type { WorkItemsTx } from '../../db';
import { writeCustomFieldValues } from '../../data/custom-field-values';
import { checkDepth, checkNesting, childTypesOf, rewriteSubtreePaths, subtreeHeight } from '../../data/hierarchy';
import { type FieldChange } from '../../data/history';
import { itemChanged, writeItemEvents } from '../../events/work-item-events';
import {
  labelsOfItems,
  fieldDefinitions,
  lockProject,
  shareLockProject,
  lockWorkItems,
  setLabels,
} from '../../data/items';
import type { CustomField, ProjectSettings, WorkItem } from '../../generated/prisma/client';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { priorityName, priorityValue } from '../../priority';
import {
  maxLabelsPerItem,
  notNull,
  parseIdList,
  validateDescription,
  validateEstimate,
  validateTitle,
} from '../../validation';
import { dateText, gid, labelsText, numberText } from './history-text';
import { checkCustomFieldIds, checkMember, parentOf, projectLabels } from './input-checks';
import { itemOf, saveChanges, type ItemData } from './item-writes';

export const updateMutations: MutationResolvers = {
  updateWorkItem: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'WorkItem', 'input.id');
    const type = notNull(input.type, 'input.type');
    const title = input.title === undefined ? undefined : validateTitle(notNull(input.title, 'input.title')!);
    const description = input.description === undefined ? undefined : validateDescription(input.description ?? '');
    const priority = notNull(input.priority, 'input.priority');
    const estimate =
      input.estimate === undefined ? undefined : input.estimate === null ? null : validateEstimate(input.estimate);
    const assigneeId =
      input.assigneeId === undefined
        ? undefined
        : input.assigneeId === null
          ? null
          : fromGlobalId(input.assigneeId, 'User', 'input.assigneeId');
    const parentId =
      input.parentId === undefined
        ? undefined
        : input.parentId === null
          ? null
          : fromGlobalId(input.parentId, 'WorkItem', 'input.parentId');
    const labelIds =
      input.labelIds === undefined
        ? undefined
        : parseIdList(input.labelIds ?? [], 'Label', 'input.labelIds', maxLabelsPerItem);
    const dueDate = input.dueDate;
    checkCustomFieldIds(input.customFields);
    const viewerId = viewerIdOf(context);

    const { item: seen, settings } = await workItemWithRole(context, id, 'MEMBER');
    const projectId = seen.projectId;
    if (assigneeId) await checkMember(context, projectId, assigneeId, 'input.assigneeId');
    const labels = labelIds ? await projectLabels(context, projectId, input.labelIds ?? [], 'input.labelIds') : [];
    if (parentId) await parentOf(context, parentId, projectId);
    const customWrite = (fields: readonly CustomField[], current: unknown) =>
      writeCustomFieldValues({
        inputs: input.customFields ?? [],
        fields,
        current,
        creating: false,
        isMember: (userId) => isProjectMember(context, projectId, userId),
      });
    // Validate values before taking any lock; they are merged again into the locked row below.
    if (input.customFields?.length) {
      await customWrite(await context.loaders.customFieldsByProject.load(projectId), seen.customFields);
    }

    const at = new Date();
    await context.prisma.$transaction(async (tx) => {
      // Re-parenting takes the project's row lock, as creation does: hierarchy changes of one project
      // run one at a time, so two concurrent moves cannot close a cycle and no child is created under
      // a subtree while its paths are rewritten.
      if (parentId !== undefined) await lockProject(tx, projectId);
      // Field definitions change under the same row's exclusive lock: values are checked again below it.
      else if (input.customFields?.length) await shareLockProject(tx, projectId);
      const locked = await lockWorkItems(tx, parentId ? [id, parentId] : [id]);
      const item = locked.get(id);
      if (!item) throw notFound('Work item');
      if (item.version !== input.expectedVersion) {
        throw conflict(
          `The work item has changed since you read it (version ${item.version}, not ${input.expectedVersion}): reload it and apply your change again.`,
          { field: 'input.expectedVersion', currentVersion: item.version },
        );
      }
      const data: ItemData = {};
      const changes: FieldChange[] = [];
      const newType = type ?? item.type;
      if (type !== undefined && type !== item.type) {
        for (const childType of await childTypesOf(tx, item.id)) checkNesting(settings, type, childType, 'input.type');
        if (item.parentId && (parentId === undefined || parentId === item.parentId)) {
          const parent = await tx.workItem.findUnique({ where: { id: item.parentId } });
          if (parent) checkNesting(settings, parent.type, type, 'input.type');
        }
        data.type = type;
        changes.push({ field: 'type', oldValue: item.type, newValue: type });
      }
      if (title !== undefined && title !== item.title) {
        data.title = title;
        changes.push({ field: 'title', oldValue: item.title, newValue: title });
      }
      if (description !== undefined && description !== item.description) {
        data.description = description;
        changes.push({ field: 'description', oldValue: item.description || null, newValue: description || null });
      }
      if (priority !== undefined && priorityValue(priority) !== item.priority) {
        data.priority = priorityValue(priority);
        changes.push({ field: 'priority', oldValue: priorityName(item.priority), newValue: priority });
      }
      if (estimate !== undefined && estimate !== item.estimate) {
        data.estimate = estimate;
        changes.push({ field: 'estimate', oldValue: numberText(item.estimate), newValue: numberText(estimate) });
      }
      if (assigneeId !== undefined && assigneeId !== item.assigneeId) {
        data.assigneeId = assigneeId;
        changes.push({ field: 'assignee', oldValue: gid('User', item.assigneeId), newValue: gid('User', assigneeId) });
      }
      if (dueDate !== undefined && dateText(dueDate) !== dateText(item.dueDate)) {
        data.dueDate = dueDate;
        changes.push({ field: 'dueDate', oldValue: dateText(item.dueDate), newValue: dateText(dueDate) });
      }
      if (labelIds !== undefined) {
        const current = await labelsOfItems(tx, [item.id]);
        const currentIds = current.map((label) => label.id);
        const same = currentIds.length === labelIds.length && labelIds.every((labelId) => currentIds.includes(labelId));
        if (!same) {
          await setLabels(tx, item.id, currentIds, labelIds);
          changes.push({ field: 'labels', oldValue: labelsText(current), newValue: labelsText(labels) });
        }
      }
      if (input.customFields?.length) {
        const custom = await customWrite(await fieldDefinitions(tx, projectId), item.customFields);
        if (custom.changes.length) {
          data.customFields = custom.values;
          changes.push(...custom.changes);
        }
      }
      if (parentId !== undefined && parentId !== item.parentId) {
        const newPath = await checkMove(tx, settings, item, newType, parentId === null ? null : locked.get(parentId));
        await rewriteSubtreePaths(tx, item, newPath, parentId, at);
        changes.push({
          field: 'parent',
          oldValue: gid('WorkItem', item.parentId),
          newValue: gid('WorkItem', parentId),
        });
      }
      await saveChanges(tx, item, data, changes, viewerId, at);
      if (changes.length) {
        await writeItemEvents(tx, [id], (subject) => itemChanged({ actorId: viewerId, at }, subject, changes));
      }
    });
    return { workItem: await itemOf(context, id) };
  },
};

/**
 * Checks moving an item (and its subtree) under `parent` (null: to the top) and returns the item's
 * new path: no cycle, parent not archived, nesting allowed, the deepest descendant within maxDepth.
 */
async function checkMove(
  tx: WorkItemsTx,
  settings: ProjectSettings,
  item: WorkItem,
  itemType: string,
  parent: WorkItem | null | undefined,
): Promise<string[]> {
  if (parent === null) return [];
  if (!parent) throw notFound('Work item');
  if (parent.projectId !== item.projectId) {
    throw badInput('input.parentId', 'The parent must be an item of the same project.');
  }
  if (parent.id === item.id || parent.path.includes(item.id)) {
    throw badInput('input.parentId', 'An item cannot be moved under itself or one of its descendants.');
  }
  if (parent.archivedAt) throw badInput('input.parentId', 'The parent is archived: restore it first.');
  checkNesting(settings, parent.type, itemType, 'input.parentId');
  checkDepth(settings, parent.path.length + 1 + (await subtreeHeight(tx, item)), 'input.parentId');
  return [...parent.path, parent.id];
}
