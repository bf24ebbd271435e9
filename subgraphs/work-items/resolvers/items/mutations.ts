import { badInput, conflict, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { canRead, isProjectMember, projectWithRole, workItemWithRole } from '../../access';
import { viewerIdOf, type WorkItemsContext, type WorkItemsTx } from '../../context';
import { writeCustomFieldValues, type CustomFieldValueInputLike } from '../../data/custom-field-values';
import { checkDepth, checkNesting, childTypesOf, rewriteSubtreePaths, subtreeHeight } from '../../data/hierarchy';
import { lockWorkItem, recordHistory, type FieldChange } from '../../data/history';
import {
  appendRank,
  initialStateOf,
  isUniqueViolation,
  labelsOfItems,
  fieldDefinitions,
  lockProjectHierarchy,
  shareLockProject,
  lockWorkItems,
  setLabels,
  shareLockWorkItem,
  takeNextNumber,
} from '../../data/items';
import type { CustomField, Label, Prisma, ProjectSettings, WorkItem } from '../../generated/prisma/client';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { priorityName, priorityValue } from '../../priority';
import { formatCalendarDate } from '../../../../lib/graphql-scalars';
import {
  maxLabelsPerItem,
  notNull,
  parseIdList,
  validateClientMutationId,
  validateDescription,
  validateEstimate,
  validateTitle,
} from '../../validation';

const gid = (type: string, id: string | null) => (id === null ? null : toGlobalId(type, id));
const dateText = (date: Date | null) => (date === null ? null : formatCalendarDate(date));
const numberText = (n: number | null) => (n === null ? null : String(n));

/** Labels as history text: their global IDs in name order, comma-separated (null for none). */
function labelsText(labels: readonly Label[]): string | null {
  if (!labels.length) return null;
  return [...labels]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
    .map((label) => toGlobalId('Label', label.id))
    .join(', ');
}

/** BAD_USER_INPUT on `field` unless the user has a role in the project. */
async function checkMember(context: WorkItemsContext, projectId: string, userId: string, field: string) {
  if (!(await isProjectMember(context, projectId, userId))) {
    throw badInput(field, 'The user is not a member of the project.');
  }
}

/** The labels behind global IDs, each of the project; the bad one is named `field.<i>`. */
async function projectLabels(
  context: WorkItemsContext,
  projectId: string,
  globalIds: readonly string[],
  field: string,
): Promise<Label[]> {
  if (!globalIds.length) return [];
  const ids = globalIds.map((id, i) => fromGlobalId(id, 'Label', `${field}.${i}`));
  const rows = await context.prisma.label.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((label) => [label.id, label]));
  ids.forEach((id, i) => {
    if (byId.get(id)?.projectId !== projectId)
      throw badInput(`${field}.${i}`, 'The label is not a label of the project.');
  });
  return [...new Set(ids)].map((id) => byId.get(id)!);
}

/** A prospective parent: NOT_FOUND unless readable, BAD_USER_INPUT when of another project. */
async function parentOf(context: WorkItemsContext, parentId: string, projectId: string): Promise<WorkItem> {
  const parent = await context.loaders.workItemById.load(parentId);
  if (!parent || !(await canRead(context, parent.projectId))) throw notFound('Work item');
  if (parent.projectId !== projectId)
    throw badInput('input.parentId', 'The parent must be an item of the same project.');
  return parent;
}

/** Global ID shapes of custom field inputs, checked before any access check. */
function checkCustomFieldIds(inputs: readonly CustomFieldValueInputLike[] | null | undefined): void {
  inputs?.forEach((input, i) => fromGlobalId(input.fieldId, 'CustomField', `input.customFields.${i}.fieldId`));
}

class AlreadyCreated extends Error {
  constructor(readonly item: WorkItem) {
    super('The item was created by an earlier request with the same clientMutationId.');
  }
}

async function itemOf(context: WorkItemsContext, id: string): Promise<WorkItem> {
  forgetAfterWrite(context.loaders);
  const item = await context.loaders.workItemById.load(id);
  if (!item) throw notFound('Work item');
  return item;
}

type ItemData = Prisma.WorkItemUncheckedUpdateInput;

/** The item's row with the version bump and `updatedAt`, plus its history, when anything changed. */
async function saveChanges(
  tx: WorkItemsTx,
  item: WorkItem,
  data: ItemData,
  changes: FieldChange[],
  actorId: string,
  at: Date,
): Promise<void> {
  if (!changes.length) return;
  await tx.workItem.update({
    where: { id: item.id },
    data: { ...data, version: { increment: 1 }, updatedAt: at },
  });
  await recordHistory(tx, item.id, actorId, changes, at);
}

export const itemMutations: MutationResolvers = {
  createWorkItem: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const title = validateTitle(input.title);
    const description = validateDescription(input.description ?? '');
    const estimate = input.estimate == null ? null : validateEstimate(input.estimate);
    const clientMutationId = input.clientMutationId == null ? null : validateClientMutationId(input.clientMutationId);
    const parentId = input.parentId ? fromGlobalId(input.parentId, 'WorkItem', 'input.parentId') : null;
    const assigneeId = input.assigneeId ? fromGlobalId(input.assigneeId, 'User', 'input.assigneeId') : null;
    parseIdList(input.labelIds ?? [], 'Label', 'input.labelIds', maxLabelsPerItem);
    checkCustomFieldIds(input.customFields);
    const viewerId = viewerIdOf(context);
    await projectWithRole(context, projectId, 'MEMBER');

    const findRetried = () =>
      clientMutationId
        ? context.prisma.workItem.findUnique({
            where: { reporterId_clientMutationId: { reporterId: viewerId, clientMutationId } },
          })
        : Promise.resolve(null);
    const retried = await findRetried();
    if (retried) return { workItem: retried, clientMutationId };

    if (assigneeId) await checkMember(context, projectId, assigneeId, 'input.assigneeId');
    const labels = await projectLabels(context, projectId, input.labelIds ?? [], 'input.labelIds');
    if (parentId) await parentOf(context, parentId, projectId);
    const customWrite = async (fields: readonly CustomField[]) =>
      writeCustomFieldValues({
        inputs: input.customFields ?? [],
        fields,
        current: {},
        creating: true,
        isMember: (userId) => isProjectMember(context, projectId, userId),
      });
    // Checked before any lock to fail fast; values are checked again under the project's lock, where
    // field definitions cannot change (the project's row lock is held until commit, so as little as
    // possible happens after taking it).
    const prechecked = await customWrite(await context.loaders.customFieldsByProject.load(projectId));

    const at = new Date();
    let created: WorkItem;
    try {
      created = await context.prisma.$transaction(async (tx) => {
        const state = await initialStateOf(tx, projectId);
        const numbered = await takeNextNumber(tx, projectId);
        const custom = input.customFields?.length
          ? await customWrite(await fieldDefinitions(tx, projectId))
          : prechecked;
        if (clientMutationId) {
          const existing = await tx.workItem.findUnique({
            where: { reporterId_clientMutationId: { reporterId: viewerId, clientMutationId } },
          });
          if (existing) throw new AlreadyCreated(existing);
        }
        let path: string[] = [];
        if (parentId) {
          const parent = await shareLockWorkItem(tx, parentId);
          if (!parent) throw notFound('Work item');
          if (parent.archivedAt) throw badInput('input.parentId', 'The parent is archived: restore it first.');
          checkNesting(numbered, parent.type, input.type, 'input.parentId');
          checkDepth(numbered, parent.path.length + 1, 'input.parentId');
          path = [...parent.path, parent.id];
        }
        const item = await tx.workItem.create({
          data: {
            projectId,
            number: numbered.number,
            type: input.type,
            title,
            description,
            stateId: state.id,
            stateEnteredAt: at,
            priority: priorityValue(input.priority ?? 'NONE'),
            estimate,
            assigneeId,
            reporterId: viewerId,
            parentId,
            path,
            dueDate: input.dueDate ?? null,
            rank: await appendRank(tx, projectId, state.id),
            customFields: custom.values,
            clientMutationId,
            createdAt: at,
            updatedAt: at,
          },
        });
        if (labels.length) {
          await tx.workItemLabel.createMany({
            data: labels.map((label) => ({ workItemId: item.id, labelId: label.id })),
          });
        }
        await recordHistory(
          tx,
          item.id,
          viewerId,
          [
            { field: 'created', oldValue: null, newValue: `${numbered.key}-${numbered.number}` },
            { field: 'state', oldValue: null, newValue: { id: state.id, name: state.name } },
          ],
          at,
        );
        return item;
      });
    } catch (error) {
      if (error instanceof AlreadyCreated) return { workItem: error.item, clientMutationId };
      if (clientMutationId && isUniqueViolation(error)) {
        const first = await findRetried();
        if (first) return { workItem: first, clientMutationId };
      }
      throw error;
    }
    forgetAfterWrite(context.loaders);
    context.loaders.workItemById.prime(created.id, created);
    return { workItem: created, clientMutationId };
  },

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
      if (parentId !== undefined) await lockProjectHierarchy(tx, projectId);
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
    });
    return { workItem: await itemOf(context, id) };
  },

  archiveWorkItem: async (_parent, { input }, context) => setArchived(context, input.id, true),
  restoreWorkItem: async (_parent, { input }, context) => setArchived(context, input.id, false),

  deleteWorkItem: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'WorkItem', 'input.id');
    await workItemWithRole(context, id, 'ADMIN');
    await context.prisma.$transaction(async (tx) => {
      const item = await lockWorkItem(tx, id);
      if (!item) throw notFound('Work item');
      const children = await tx.workItem.count({ where: { parentId: id } });
      if (children) {
        throw conflict(`The item has ${children} child item(s): move or delete them first.`, { childCount: children });
      }
      await tx.workItem.delete({ where: { id } });
    });
    forgetAfterWrite(context.loaders);
    return { deletedWorkItemId: toGlobalId('WorkItem', id) };
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

async function setArchived(context: WorkItemsContext, globalId: string, archived: boolean) {
  const id = fromGlobalId(globalId, 'WorkItem', 'input.id');
  await workItemWithRole(context, id, 'MEMBER');
  const viewerId = viewerIdOf(context);
  const at = new Date();
  await context.prisma.$transaction(async (tx) => {
    const item = await lockWorkItem(tx, id);
    if (!item) throw notFound('Work item');
    if (Boolean(item.archivedAt) === archived) {
      throw conflict(archived ? 'The item is already archived.' : 'The item is not archived.');
    }
    await saveChanges(
      tx,
      item,
      { archivedAt: archived ? at : null },
      [{ field: 'archived', oldValue: String(!archived), newValue: String(archived) }],
      viewerId,
      at,
    );
  });
  return { workItem: await itemOf(context, id) };
}
