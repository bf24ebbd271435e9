import { badInput } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { isProjectMember, projectWithRole } from '../../access';
import type { WorkItemsContext } from '../../context';
import { bulkUpdateWorkItems } from '../../data/bulk-update-work-items';
import { labelsByIds } from '../../data/labels';
import type { Label, WorkItem } from '../../generated/prisma/client';
import type {
  BulkUpdateWorkItemsInput,
  BulkWorkItemChanges,
  ExpectedWorkItemVersion,
  MutationResolvers,
} from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { maxBulkUpdateItems, maxLabelsPerItem, notNull, parseIdList, validateEstimate } from '../../validation';
import { actorOf, optionalGlobalId } from '../input';
import { failureOf, failuresInOrder, parseBulkIds, projectOfItems } from './bulk-items';
import { checkCustomFieldIds, checkRelease, customFieldWriter } from './input-checks';

const customFieldsPath = 'input.changes.customFields';
import { validateTimeEstimate } from '../../rules/worklogs';

/** The input's ids and changes, checked before any access check. */
function parseBulk({ ids: globalIds, changes, expectedVersions, atomic }: BulkUpdateWorkItemsInput) {
  const ids = parseBulkIds(globalIds, maxBulkUpdateItems);
  checkCustomFieldIds(changes.customFields, customFieldsPath);
  const toStateId = changes.toStateId
    ? fromGlobalId(changes.toStateId, 'WorkflowState', 'input.changes.toStateId')
    : undefined;
  const priority = notNull(changes.priority, 'input.changes.priority');
  const assigneeId = optionalGlobalId(changes.assigneeId, 'User', 'input.changes.assigneeId');
  const releaseId = optionalGlobalId(changes.releaseId, 'Release', 'input.changes.releaseId');
  const parentId = optionalGlobalId(changes.parentId, 'WorkItem', 'input.changes.parentId');
  const addField = 'input.changes.addLabelIds';
  const addLabelIds = parseIdList(changes.addLabelIds ?? [], 'Label', addField, maxLabelsPerItem);
  const removeField = 'input.changes.removeLabelIds';
  const removeLabelIds = parseIdList(changes.removeLabelIds ?? [], 'Label', removeField, maxLabelsPerItem);
  const both = removeLabelIds.findIndex((id) => addLabelIds.includes(id));
  if (both >= 0) throw badInput(`${removeField}.${both}`, 'A label cannot be both added and removed.');
  const estimate =
    changes.estimate === undefined || changes.estimate === null
      ? changes.estimate
      : validateEstimate(changes.estimate, 'input.changes.estimate');
  const timeEstimateMinutes =
    changes.timeEstimateMinutes === undefined || changes.timeEstimateMinutes === null
      ? changes.timeEstimateMinutes
      : validateTimeEstimate(changes.timeEstimateMinutes, 'input.changes.timeEstimateMinutes');
  return {
    ids,
    toStateId,
    type: notNull(changes.type, 'input.changes.type'),
    priority,
    assigneeId,
    releaseId,
    parentId,
    dueDate: changes.dueDate,
    estimate,
    timeEstimateMinutes,
    addLabelIds,
    removeLabelIds,
    expectedVersions: parseExpectedVersions(expectedVersions ?? [], ids),
    atomic: atomic !== false,
  };
}

/** The expected versions by item id: each names one of `ids`, once. */
function parseExpectedVersions(
  entries: readonly ExpectedWorkItemVersion[],
  ids: string[],
): Map<string, { version: number; index: number }> {
  if (entries.length > maxBulkUpdateItems) {
    throw badInput(
      'input.expectedVersions',
      `Give at most ${maxBulkUpdateItems.toLocaleString('en-US')} expected versions.`,
    );
  }
  const byId = new Map<string, { version: number; index: number }>();
  entries.forEach((entry, index) => {
    const field = `input.expectedVersions.${index}.id`;
    const id = fromGlobalId(entry.id, 'WorkItem', field);
    if (!ids.includes(id)) throw badInput(field, 'The item is not one of `ids`.');
    if (byId.has(id)) throw badInput(field, 'The item has an expected version already.');
    byId.set(id, { version: entry.version, index });
  });
  return byId;
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
    const { projectId, items, missing } = await projectOfItems(context, parsed.ids, parsed.atomic);
    if (!projectId) return { workItems: [], failures: missing.map(failureOf) };
    const { role, settings } = await projectWithRole(context, projectId, 'MEMBER');
    if (parsed.assigneeId && !(await isProjectMember(context, projectId, parsed.assigneeId))) {
      throw badInput('input.changes.assigneeId', 'The user is not a member of the project.');
    }
    if (parsed.releaseId) await checkRelease(context, parsed.releaseId, projectId, 'input.changes.releaseId');
    const customFields = input.changes.customFields?.length
      ? customFieldWriter(context, projectId, input.changes.customFields, false, customFieldsPath)
      : undefined;
    // Values are checked before taking any lock (as they would be on an item without values), and again per item.
    if (customFields) await customFields(await context.loaders.customFieldsByProject.load(projectId), {});
    const labelIds = [...parsed.addLabelIds, ...parsed.removeLabelIds];
    const labelById = await labelsOfChanges(context, projectId, input.changes, labelIds);
    const actor = actorOf(context);
    const refused = await context.prisma.$transaction((tx) =>
      bulkUpdateWorkItems(tx, actor, { ...parsed, items, projectId, role, settings, labelById, customFields }),
    );
    forgetAfterWrite(context.loaders);
    const failures = failuresInOrder(missing, refused);
    const failed = new Set(failures.map((failure) => failure.id));
    const updated = await context.loaders.workItemById.loadMany(parsed.ids.filter((id) => !failed.has(id)));
    return {
      workItems: updated.filter((item): item is WorkItem => item !== null && !(item instanceof Error)),
      failures: failures.map(failureOf),
    };
  },
};
