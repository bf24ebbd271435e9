import { fromGlobalId } from '../../../../lib/ids';
import { workItemWithRole } from '../../access';
import { updateWorkItem } from '../../data/update-work-item';
import type { MutationResolvers, UpdateWorkItemInput } from '../../generated/resolvers-types';
import {
  maxLabelsPerItem,
  notNull,
  parseIdList,
  validateDescription,
  validateEstimate,
  validateTitle,
} from '../../validation';
import { validateTimeEstimate } from '../../rules/worklogs';
import { actorOf, optionalGlobalId } from '../input';
import {
  checkCustomFieldIds,
  checkMember,
  checkRelease,
  customFieldWriter,
  parentOf,
  projectLabels,
} from './input-checks';
import { itemOf } from './item-writes';

/** The input's values, checked in field order before any access check (undefined: leave as it is). */
function parseUpdate(input: UpdateWorkItemInput) {
  const parsed = {
    id: fromGlobalId(input.id, 'WorkItem', 'input.id'),
    type: notNull(input.type, 'input.type'),
    title: input.title === undefined ? undefined : validateTitle(notNull(input.title, 'input.title')!),
    description: input.description === undefined ? undefined : validateDescription(input.description ?? ''),
    priority: notNull(input.priority, 'input.priority'),
    estimate:
      input.estimate === undefined ? undefined : input.estimate === null ? null : validateEstimate(input.estimate),
    timeEstimateMinutes:
      input.timeEstimateMinutes === undefined
        ? undefined
        : input.timeEstimateMinutes === null
          ? null
          : validateTimeEstimate(input.timeEstimateMinutes),
    assigneeId: optionalGlobalId(input.assigneeId, 'User', 'input.assigneeId'),
    parentId: optionalGlobalId(input.parentId, 'WorkItem', 'input.parentId'),
    releaseId: optionalGlobalId(input.releaseId, 'Release', 'input.releaseId'),
    labelIds:
      input.labelIds === undefined
        ? undefined
        : parseIdList(input.labelIds ?? [], 'Label', 'input.labelIds', maxLabelsPerItem),
    dueDate: input.dueDate,
    expectedVersion: input.expectedVersion,
  };
  checkCustomFieldIds(input.customFields);
  return parsed;
}

export const updateMutations: MutationResolvers = {
  updateWorkItem: async (_parent, { input }, context) => {
    const { labelIds, ...parsed } = parseUpdate(input);
    const { item: seen, settings } = await workItemWithRole(context, parsed.id, 'MEMBER');
    const projectId = seen.projectId;
    if (parsed.assigneeId) await checkMember(context, projectId, parsed.assigneeId, 'input.assigneeId');
    if (parsed.releaseId) await checkRelease(context, parsed.releaseId, projectId, 'input.releaseId');
    const labels = labelIds ? await projectLabels(context, projectId, input.labelIds ?? [], 'input.labelIds') : [];
    if (parsed.parentId) await parentOf(context, parsed.parentId, projectId);
    const customFields = input.customFields?.length
      ? customFieldWriter(context, projectId, input.customFields, false)
      : undefined;
    // Values are validated before taking any lock; they are merged again into the locked row.
    if (customFields)
      await customFields(await context.loaders.customFieldsByProject.load(projectId), seen.customFields);
    const actor = actorOf(context);
    await context.prisma.$transaction((tx) =>
      updateWorkItem(tx, actor, {
        ...parsed,
        projectId,
        settings,
        labels: labelIds && { ids: labelIds, rows: labels },
        customFields,
      }),
    );
    return { workItem: await itemOf(context, parsed.id) };
  },
};
