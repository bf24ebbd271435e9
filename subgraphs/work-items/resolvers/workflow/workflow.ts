import { notFound } from '../../../../lib/errors';
import { toGlobalId } from '../../../../lib/ids';
import { readableProject } from '../../access';
import { hierarchyRulesOf } from '../../rules/workflow-rules';
import type { Resolvers } from '../../generated/resolvers-types';

/** Reads of a project's workflow and hierarchy rules; the project's access is checked once per request. */
export const workflowReadResolvers: Resolvers = {
  Project: {
    workflow: async (project, _args, context) => {
      await readableProject(context, project.projectId);
      return { projectId: project.projectId };
    },
    hierarchyRules: async (project, _args, context) => (await readableProject(context, project.projectId)).settings,
  },

  Workflow: {
    states: (workflow, _args, context) => context.loaders.statesByProject.load(workflow.projectId),
    transitions: async (workflow, _args, context) => {
      const [states, transitions] = await Promise.all([
        context.loaders.statesByProject.load(workflow.projectId),
        context.loaders.transitionsByProject.load(workflow.projectId),
      ]);
      const position = new Map(states.map((state, i) => [state.id, i]));
      const at = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
      return [...transitions].sort(
        (a, b) => at(a.fromStateId) - at(b.fromStateId) || at(a.toStateId) - at(b.toStateId),
      );
    },
    initialState: async (workflow, _args, context) => {
      const [first] = await context.loaders.statesByProject.load(workflow.projectId);
      if (!first) throw notFound('Workflow state');
      return first;
    },
  },

  WorkflowState: {
    id: (state) => toGlobalId('WorkflowState', state.id),
    category: (state) => state.category as never,
  },

  WorkflowTransition: {
    id: (transition) => toGlobalId('WorkflowTransition', transition.id),
    from: async (transition, _args, context) => {
      const state = await context.loaders.stateById.load(transition.fromStateId);
      if (!state) throw notFound('Workflow state');
      return state;
    },
    to: async (transition, _args, context) => {
      const state = await context.loaders.stateById.load(transition.toStateId);
      if (!state) throw notFound('Workflow state');
      return state;
    },
    requiredFields: (transition) => transition.requiredFields as never,
    minimumRole: (transition) => (transition.minimumRole ?? null) as never,
  },

  HierarchyRules: {
    allowedChildren: (settings) => hierarchyRulesOf(settings.hierarchyRules),
    maxDepth: (settings) => settings.maxDepth,
  },
};
