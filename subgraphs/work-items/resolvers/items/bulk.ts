import { badInput, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { canRead, isProjectMember, projectWithRole } from '../../access';
import type { WorkItemsContext } from '../../context';
import { bulkUpdateWorkItems } from '../../data/bulk-update-work-items';
import { labelsByIds } from '../../data/labels';
import type { Label, WorkItem } from '../../generated/prisma/client';
import type { BulkUpdateWorkItemsInput, BulkWorkItemChanges, MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { maxBulkItems, maxLabelsPerItem, notNull, parseIdList } from '../../validation';
import { actorOf, optionalGlobalId } from '../input';

/** The input's ids and changes, checked before any access check. */
function parseBulk({ ids: globalIds, changes }: BulkUpdateWorkItemsInput) {
  if (globalIds.length < 1 || globalIds.length > maxBulkItems) {
    throw badInput('input.ids', `Give 1 to ${maxBulkItems} work item IDs.`);
  }
  const ids = globalIds.map((id, i) => fromGlobalId(id, 'WorkItem', `input.ids.${i}`));
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) throw badInput(`input.ids.${i}`, 'The item is listed twice.');
  });
  const toStateId = changes.toStateId
    ? fromGlobalId(changes.toStateId, 'WorkflowState', 'input.changes.toStateId')
    : undefined;
  const priority = notNull(changes.priority, 'input.changes.priority');
  const assigneeId = optionalGlobalId(changes.assigneeId, 'User', 'input.changes.assigneeId');
  const addField = 'input.changes.addLabelIds';
  const addLabelIds = parseIdList(changes.addLabelIds ?? [], 'Label', addField, maxLabelsPerItem);
  const removeField = 'input.changes.removeLabelIds';
  const removeLabelIds = parseIdList(changes.removeLabelIds ?? [], 'Label', removeField, maxLabelsPerItem);
  const both = removeLabelIds.findIndex((id) => addLabelIds.includes(id));
  if (both >= 0) throw badInput(`${removeField}.${both}`, 'A label cannot be both added and removed.');
  return { ids, toStateId, priority, assigneeId, dueDate: changes.dueDate, addLabelIds, removeLabelIds };
}

/** The items' one project: NOT_FOUND for an item missing or unreadable, BAD_USER_INPUT for a second project. */
async function projectOfItems(context: WorkItemsContext, ids: string[]): Promise<string> {
  const found: WorkItem[] = [];
  for (const item of await context.loaders.workItemById.loadMany(ids)) {
    if (!item || item instanceof Error || !(await canRead(context, item.projectId))) throw notFound('Work item');
    found.push(item);
  }
  const projectId = found[0]!.projectId;
  found.forEach((item, i) => {
    if (item.projectId !== projectId) throw badInput(`input.ids.${i}`, 'All items must belong to one project.');
  });
  return projectId;
}

/** The added and removed labels by id, each checked to be a label of the project. */
async function labelsOfChanges(
  context: WorkItemsContext,
  projectId: string,
  changes: BulkWorkItemChanges,
  ids: string[],
): Promise<Map<string, Label>> {
  const labelById = new Map((await labelsByIds(context.prisma, ids)).map((label) => [label.id, label]));
  for (const [field, list] of [
    ['input.changes.addLabelIds', changes.addLabelIds ?? []],
    ['input.changes.removeLabelIds', changes.removeLabelIds ?? []],
  ] as const) {
    list.forEach((globalId, i) => {
      const label = labelById.get(fromGlobalId(globalId, 'Label', `${field}.${i}`));
      if (label?.projectId !== projectId) throw badInput(`${field}.${i}`, 'The label is not a label of the project.');
    });
  }
  return labelById;
}

export const bulkMutations: MutationResolvers = {
  bulkUpdateWorkItems: async (_parent, { input }, context) => {
    const parsed = parseBulk(input);
    const projectId = await projectOfItems(context, parsed.ids);
    const { role } = await projectWithRole(context, projectId, 'MEMBER');
    if (parsed.assigneeId && !(await isProjectMember(context, projectId, parsed.assigneeId))) {
      throw badInput('input.changes.assigneeId', 'The user is not a member of the project.');
    }
    const labelIds = [...parsed.addLabelIds, ...parsed.removeLabelIds];
    const labelById = await labelsOfChanges(context, projectId, input.changes, labelIds);
    const actor = actorOf(context);
    await context.prisma.$transaction((tx) => bulkUpdateWorkItems(tx, actor, { ...parsed, role, labelById }));
    forgetAfterWrite(context.loaders);
    const updated = await context.loaders.workItemById.loadMany(parsed.ids);
    return { workItems: updated.filter((item): item is WorkItem => item !== null && !(item instanceof Error)) };
  },
};
