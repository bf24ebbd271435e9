import { isUniqueViolation } from '../../../../lib/db/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { projectWithRole } from '../../access';
import { viewerIdOf, type WorkItemsContext } from '../../context';
import { AlreadyCreated, createWorkItem, findRetriedItem, type CreateWorkItemInput } from '../../data/create-work-item';
import type { CreateWorkItemInput as CreateInput, MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import {
  maxLabelsPerItem,
  parseIdList,
  validateClientMutationId,
  validateDescription,
  validateEstimate,
  validateTitle,
} from '../../validation';
import { validateTimeEstimate } from '../../rules/worklogs';
import { actorOf } from '../input';
import {
  checkCustomFieldIds,
  checkMember,
  checkRelease,
  customFieldWriter,
  parentOf,
  projectLabels,
} from './input-checks';

/** The input's values, checked in field order before any access check. */
export function parseCreate(input: CreateInput) {
  const parsed = {
    projectId: fromGlobalId(input.projectId, 'Project', 'input.projectId'),
    type: input.type,
    title: validateTitle(input.title),
    description: validateDescription(input.description ?? ''),
    priority: input.priority ?? 'NONE',
    estimate: input.estimate == null ? null : validateEstimate(input.estimate),
    timeEstimateMinutes: input.timeEstimateMinutes == null ? null : validateTimeEstimate(input.timeEstimateMinutes),
    clientMutationId: input.clientMutationId == null ? null : validateClientMutationId(input.clientMutationId),
    parentId: input.parentId ? fromGlobalId(input.parentId, 'WorkItem', 'input.parentId') : null,
    assigneeId: input.assigneeId ? fromGlobalId(input.assigneeId, 'User', 'input.assigneeId') : null,
    releaseId: input.releaseId ? fromGlobalId(input.releaseId, 'Release', 'input.releaseId') : null,
    dueDate: input.dueDate ?? null,
  };
  parseIdList(input.labelIds ?? [], 'Label', 'input.labelIds', maxLabelsPerItem);
  checkCustomFieldIds(input.customFields);
  return parsed;
}

/** The input checked against the project (members, labels, parent, custom field values) before any lock. */
export async function checkedInput(
  context: WorkItemsContext,
  input: Omit<CreateInput, 'projectId'>,
  parsed: ReturnType<typeof parseCreate>,
): Promise<CreateWorkItemInput> {
  const { projectId, assigneeId, parentId, releaseId } = parsed;
  if (assigneeId) await checkMember(context, projectId, assigneeId, 'input.assigneeId');
  if (releaseId) await checkRelease(context, releaseId, projectId, 'input.releaseId');
  const labels = await projectLabels(context, projectId, input.labelIds ?? [], 'input.labelIds');
  if (parentId) await parentOf(context, parentId, projectId);
  const write = customFieldWriter(context, projectId, input.customFields ?? [], true);
  // Checked before any lock to fail fast (the project's row lock is held until commit, so as little
  // as possible happens after taking it); values are checked again under that lock.
  const prechecked = await write(await context.loaders.customFieldsByProject.load(projectId), {});
  return { ...parsed, labels, prechecked, customFields: input.customFields?.length ? write : undefined };
}

export const createMutations: MutationResolvers = {
  createWorkItem: async (_parent, { input }, context) => {
    const parsed = parseCreate(input);
    const { projectId, clientMutationId } = parsed;
    const viewerId = viewerIdOf(context);
    await projectWithRole(context, projectId, 'MEMBER');
    const retried = () => (clientMutationId ? findRetriedItem(context.prisma, viewerId, clientMutationId) : null);
    const earlier = await retried();
    if (earlier) return { workItem: earlier, clientMutationId };
    const checked = await checkedInput(context, input, parsed);
    const actor = actorOf(context);
    let created;
    try {
      created = await context.prisma.$transaction((tx) => createWorkItem(tx, actor, checked));
    } catch (error) {
      if (error instanceof AlreadyCreated) return { workItem: error.item, clientMutationId };
      const first = clientMutationId && isUniqueViolation(error) ? await retried() : null;
      if (first) return { workItem: first, clientMutationId };
      throw error;
    }
    forgetAfterWrite(context.loaders);
    context.loaders.workItemById.prime(created.id, created);
    return { workItem: created, clientMutationId };
  },
};
