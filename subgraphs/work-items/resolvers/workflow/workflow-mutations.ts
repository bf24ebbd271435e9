import { badInput, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { canRead, projectWithRole } from '../../access';
import type { WorkItemsContext } from '../../context';
import {
  createWorkflowState,
  deleteWorkflowState,
  removeWorkflowTransition,
  setWorkflowTransition,
  updateHierarchyRules,
  updateWorkflowState,
  withUniqueStateName,
} from '../../data/workflow-mutations';
import {
  normalizeColor,
  normalizeRequiredFields,
  validateHierarchyRules,
  validatePosition,
  validateStateName,
} from '../../rules/workflow-rules';
import type { WorkflowState } from '../../generated/prisma/client';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { actorOf } from '../input';

/** A state of a project the viewer administers: NOT_FOUND when unknown or unreadable, FORBIDDEN below ADMIN. */
async function stateToAdminister(context: WorkItemsContext, stateId: string): Promise<WorkflowState> {
  const state = await context.loaders.stateById.load(stateId);
  if (!state || !(await canRead(context, state.projectId))) throw notFound('Workflow state');
  await projectWithRole(context, state.projectId, 'ADMIN');
  return state;
}

/** The payload's workflow after a committed change: every replica and this request read it again. */
async function changedWorkflow(context: WorkItemsContext, projectId: string) {
  await context.projectConfigChanged(projectId);
  forgetAfterWrite(context.loaders);
  return { projectId };
}

export const workflowMutations: MutationResolvers = {
  createWorkflowState: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const name = validateStateName(input.name, 'input.name');
    const color = normalizeColor(input.color, 'input.color');
    const position = input.position == null ? null : validatePosition(input.position, 'input.position');
    await projectWithRole(context, projectId, 'ADMIN');
    const fields = { projectId, name, category: input.category, color, position };
    const state = await withUniqueStateName(() => context.prisma.$transaction((tx) => createWorkflowState(tx, fields)));
    return { state, workflow: await changedWorkflow(context, projectId) };
  },

  updateWorkflowState: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'WorkflowState', 'input.id');
    const name = input.name == null ? undefined : validateStateName(input.name, 'input.name');
    const color = input.color == null ? undefined : normalizeColor(input.color, 'input.color');
    const position = input.position == null ? undefined : validatePosition(input.position, 'input.position');
    const category = input.category ?? undefined;
    const { projectId } = await stateToAdminister(context, id);
    const fields = { id, projectId, name, category, color, position };
    const state = await withUniqueStateName(() => context.prisma.$transaction((tx) => updateWorkflowState(tx, fields)));
    return { state, workflow: await changedWorkflow(context, projectId) };
  },

  deleteWorkflowState: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'WorkflowState', 'input.id');
    const targetId = fromGlobalId(input.moveItemsToStateId, 'WorkflowState', 'input.moveItemsToStateId');
    const { projectId } = await stateToAdminister(context, id);
    const actor = actorOf(context);
    const movedItemCount = await context.prisma.$transaction((tx) =>
      deleteWorkflowState(tx, actor, { id, projectId, targetId }),
    );
    return { deletedStateId: input.id, movedItemCount, workflow: await changedWorkflow(context, projectId) };
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
    const fields = { projectId, fromStateId, toStateId, requiredFields, minimumRole };
    const transition = await context.prisma.$transaction((tx) => setWorkflowTransition(tx, fields));
    return { transition, workflow: await changedWorkflow(context, projectId) };
  },

  removeWorkflowTransition: async (_parent, { input }, context) => {
    const fromStateId = fromGlobalId(input.fromStateId, 'WorkflowState', 'input.fromStateId');
    const toStateId = fromGlobalId(input.toStateId, 'WorkflowState', 'input.toStateId');
    const { projectId } = await stateToAdminister(context, fromStateId);
    await removeWorkflowTransition(context.prisma, { fromStateId, toStateId });
    return { workflow: await changedWorkflow(context, projectId) };
  },

  updateHierarchyRules: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const { rules, maxDepth } = validateHierarchyRules(input);
    await projectWithRole(context, projectId, 'ADMIN');
    const settings = await updateHierarchyRules(context.prisma, { projectId, rules, maxDepth });
    await context.projectConfigChanged(projectId);
    forgetAfterWrite(context.loaders);
    context.loaders.projectSettings.prime(projectId, settings);
    return { hierarchyRules: settings };
  },
};
