import { isUniqueViolation } from '../../../../lib/db/errors';
import { badInput, conflict, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { canRead, projectWithRole } from '../../access';
import { viewerIdOf, type WorkItemsContext } from '../../context';
import {
  createState,
  deleteState,
  duplicateStateName,
  lockWorkflow,
  updateState,
  upsertTransition,
} from '../../data/workflow';
import {
  normalizeColor,
  normalizeRequiredFields,
  validateHierarchyRules,
  validatePosition,
  validateStateName,
} from '../../data/workflow-rules';
import { itemChanged, writeItemEvents } from '../../events/work-item-events';
import type { WorkflowState } from '../../generated/prisma/client';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';

/** A state of a project the viewer administers: NOT_FOUND when unknown or unreadable, FORBIDDEN below ADMIN. */
async function stateToAdminister(context: WorkItemsContext, stateId: string): Promise<WorkflowState> {
  const state = await context.loaders.stateById.load(stateId);
  if (!state || !(await canRead(context, state.projectId))) throw notFound('Workflow state');
  await projectWithRole(context, state.projectId, 'ADMIN');
  return state;
}

/** Two admins naming states at once: the unique index has the last word. */
async function withUniqueStateName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateStateName();
    throw error;
  }
}

export const workflowMutations: MutationResolvers = {
  createWorkflowState: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const name = validateStateName(input.name, 'input.name');
    const color = normalizeColor(input.color, 'input.color');
    const position = input.position == null ? null : validatePosition(input.position, 'input.position');
    await projectWithRole(context, projectId, 'ADMIN');
    const state = await withUniqueStateName(() =>
      context.prisma.$transaction(async (tx) => {
        await lockWorkflow(tx, projectId);
        return createState(tx, { projectId, name, category: input.category, color, position });
      }),
    );
    forgetAfterWrite(context.loaders);
    return { state, workflow: { projectId } };
  },

  updateWorkflowState: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'WorkflowState', 'input.id');
    const name = input.name == null ? undefined : validateStateName(input.name, 'input.name');
    const color = input.color == null ? undefined : normalizeColor(input.color, 'input.color');
    const position = input.position == null ? undefined : validatePosition(input.position, 'input.position');
    const category = input.category ?? undefined;
    const { projectId } = await stateToAdminister(context, id);
    const state = await withUniqueStateName(() =>
      context.prisma.$transaction(async (tx) => {
        await lockWorkflow(tx, projectId);
        const current = await tx.workflowState.findUnique({ where: { id } });
        if (!current) throw notFound('Workflow state');
        return updateState(tx, current, { name, category, color, position });
      }),
    );
    forgetAfterWrite(context.loaders);
    return { state, workflow: { projectId } };
  },

  deleteWorkflowState: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'WorkflowState', 'input.id');
    const targetId = fromGlobalId(input.moveItemsToStateId, 'WorkflowState', 'input.moveItemsToStateId');
    const { projectId } = await stateToAdminister(context, id);
    const actorId = viewerIdOf(context);
    const at = new Date();
    const movedItemCount = await context.prisma.$transaction(async (tx) => {
      await lockWorkflow(tx, projectId);
      const state = await tx.workflowState.findUnique({ where: { id } });
      if (!state) throw notFound('Workflow state');
      if ((await tx.workflowState.count({ where: { projectId } })) <= 1) {
        throw conflict('The last state of a workflow cannot be deleted.', { field: 'input.id' });
      }
      const target = targetId === id ? null : await tx.workflowState.findUnique({ where: { id: targetId } });
      if (!target || target.projectId !== projectId) {
        throw badInput('input.moveItemsToStateId', 'moveItemsToStateId must be another state of the same workflow.');
      }
      const movedIds = await deleteState(tx, { state, target, actorId, at });
      const stateChange = {
        fromStateId: state.id,
        toStateId: target.id,
        fromCategory: state.category,
        toCategory: target.category,
      };
      await writeItemEvents(tx, movedIds, (subject) =>
        itemChanged({ actorId, at }, subject, [{ field: 'state' }], stateChange),
      );
      return movedIds.length;
    });
    forgetAfterWrite(context.loaders);
    return { deletedStateId: input.id, movedItemCount, workflow: { projectId } };
  },

  setWorkflowTransition: async (_parent, { input }, context) => {
    const fromStateId = fromGlobalId(input.fromStateId, 'WorkflowState', 'input.fromStateId');
    const toStateId = fromGlobalId(input.toStateId, 'WorkflowState', 'input.toStateId');
    if (fromStateId === toStateId) throw badInput('input.toStateId', 'toStateId must differ from fromStateId.');
    const requiredFields = normalizeRequiredFields(input.requiredFields ?? []);
    const minimumRole = input.minimumRole ?? null;
    const { projectId } = await stateToAdminister(context, fromStateId);
    const to = await context.loaders.stateById.load(toStateId);
    if (!to || to.projectId !== projectId) {
      throw badInput('input.toStateId', 'toStateId must be a state of the same workflow.');
    }
    const transition = await context.prisma.$transaction(async (tx) => {
      await lockWorkflow(tx, projectId);
      return upsertTransition(tx, { projectId, fromStateId, toStateId, requiredFields, minimumRole });
    });
    forgetAfterWrite(context.loaders);
    return { transition, workflow: { projectId } };
  },

  removeWorkflowTransition: async (_parent, { input }, context) => {
    const fromStateId = fromGlobalId(input.fromStateId, 'WorkflowState', 'input.fromStateId');
    const toStateId = fromGlobalId(input.toStateId, 'WorkflowState', 'input.toStateId');
    const { projectId } = await stateToAdminister(context, fromStateId);
    const { count } = await context.prisma.workflowTransition.deleteMany({ where: { fromStateId, toStateId } });
    if (count === 0) throw notFound('Workflow transition');
    forgetAfterWrite(context.loaders);
    return { workflow: { projectId } };
  },

  updateHierarchyRules: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const { rules, maxDepth } = validateHierarchyRules(input);
    await projectWithRole(context, projectId, 'ADMIN');
    const settings = await context.prisma.projectSettings.update({
      where: { projectId },
      data: { hierarchyRules: rules, maxDepth },
    });
    forgetAfterWrite(context.loaders);
    context.loaders.projectSettings.prime(projectId, settings);
    return { hierarchyRules: settings };
  },
};
