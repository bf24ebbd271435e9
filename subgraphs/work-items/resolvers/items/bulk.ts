import { badInput, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { canRead, isProjectMember, projectWithRole } from '../../access';
import type { WorkItemsContext } from '../../context';
import { bulkUpdateWorkItems, type BulkFailure } from '../../data/bulk-update-work-items';
import { labelsByIds } from '../../data/labels';
import type { Label, WorkItem } from '../../generated/prisma/client';
import type {
  BulkUpdateWorkItemsInput,
  BulkWorkItemChanges,
  ExpectedWorkItemVersion,
  MutationResolvers,
} from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { maxBulkItems, maxLabelsPerItem, notNull, parseIdList, validateEstimate } from '../../validation';
import { actorOf, optionalGlobalId } from '../input';

/** The input's ids and changes, checked before any access check. */
function parseBulk({ ids: globalIds, changes, expectedVersions, atomic }: BulkUpdateWorkItemsInput) {
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
  const estimate =
    changes.estimate === undefined || changes.estimate === null
      ? changes.estimate
      : validateEstimate(changes.estimate, 'input.changes.estimate');
  return {
    ids,
    toStateId,
    priority,
    assigneeId,
    dueDate: changes.dueDate,
    estimate,
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
  if (entries.length > maxBulkItems) {
    throw badInput('input.expectedVersions', `Give at most ${maxBulkItems} expected versions.`);
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

/**
 * The items' one project and the items found in it. An item missing or unreadable is NOT_FOUND:
 * the error when atomic, a failure otherwise. A second project is BAD_USER_INPUT either way.
 */
async function projectOfItems(context: WorkItemsContext, ids: string[], atomic: boolean) {
  const found: { item: WorkItem; index: number }[] = [];
  const missing: BulkFailure[] = [];
  const loaded = await context.loaders.workItemById.loadMany(ids);
  for (const [index, item] of loaded.entries()) {
    if (item && !(item instanceof Error) && (await canRead(context, item.projectId))) {
      found.push({ item, index });
    } else if (atomic) {
      throw notFound('Work item');
    } else {
      missing.push({ id: ids[index]!, index, error: notFound('Work item') });
    }
  }
  const projectId = found[0]?.item.projectId ?? null;
  for (const { item, index } of found) {
    if (item.projectId !== projectId) throw badInput(`input.ids.${index}`, 'All items must belong to one project.');
  }
  return { projectId, items: found.map(({ item, index }) => ({ id: item.id, index })), missing };
}

/** A failure as the payload reports it. */
const failureOf = ({ id, index, error }: BulkFailure) => ({
  workItemId: toGlobalId('WorkItem', id),
  index,
  code: error.code,
  field: error.details.field ?? null,
  message: error.message,
});

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
    const { role } = await projectWithRole(context, projectId, 'MEMBER');
    if (parsed.assigneeId && !(await isProjectMember(context, projectId, parsed.assigneeId))) {
      throw badInput('input.changes.assigneeId', 'The user is not a member of the project.');
    }
    const labelIds = [...parsed.addLabelIds, ...parsed.removeLabelIds];
    const labelById = await labelsOfChanges(context, projectId, input.changes, labelIds);
    const actor = actorOf(context);
    const refused = await context.prisma.$transaction((tx) =>
      bulkUpdateWorkItems(tx, actor, { ...parsed, items, role, labelById }),
    );
    forgetAfterWrite(context.loaders);
    const failures = [...missing, ...refused].sort((a, b) => a.index - b.index);
    const failed = new Set(failures.map((failure) => failure.id));
    const updated = await context.loaders.workItemById.loadMany(parsed.ids.filter((id) => !failed.has(id)));
    return {
      workItems: updated.filter((item): item is WorkItem => item !== null && !(item instanceof Error)),
      failures: failures.map(failureOf),
    };
  },
};
