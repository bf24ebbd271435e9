import { isUniqueViolation } from '../../../../lib/db/errors';
import { badInput, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { isProjectMember, projectWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import { writeCustomFieldValues } from '../../data/custom-field-values';
import { checkDepth, checkNesting } from '../../data/hierarchy';
import { recordHistory } from '../../data/history';
import { itemCreated, writeBuiltItemEvents } from '../../events/work-item-events';
import { workItemSnapshot } from '../../events/work-item-snapshot';
import { appendRank, initialStateOf, fieldDefinitions, shareLockWorkItem, takeNextNumber } from '../../data/items';
import type { CustomField, WorkItem } from '../../generated/prisma/client';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { priorityValue } from '../../priority';
import {
  maxLabelsPerItem,
  parseIdList,
  validateClientMutationId,
  validateDescription,
  validateEstimate,
  validateTitle,
} from '../../validation';
import { checkCustomFieldIds, checkMember, parentOf, projectLabels } from './input-checks';

class AlreadyCreated extends Error {
  constructor(readonly item: WorkItem) {
    super('The item was created by an earlier request with the same clientMutationId.');
  }
}

export const createMutations: MutationResolvers = {
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
        // Everything the snapshot needs is at hand: no statement to read it back under the project's lock.
        const subject = {
          snapshot: workItemSnapshot({ ...item, projectKey: numbered.key }, state.category),
          organizationId: numbered.organizationId,
        };
        await writeBuiltItemEvents(tx, [itemCreated({ actorId: viewerId, at }, subject)]);
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
};
