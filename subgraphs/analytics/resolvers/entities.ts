import { fromGlobalId, toGlobalId } from '../../../lib/ids';
import { readableProject } from '../access';
import { parseFlowWindow } from '../rules/flow-window';
import type { Resolvers } from '../generated/resolvers-types';
import { parseFlowFilter, projectPopulation, savedViewPopulation, teamPopulation } from '../population-access';

export const entityResolvers: Resolvers = {
  Project: {
    __resolveReference: (reference) => ({ projectId: fromGlobalId(reference.id, 'Project', 'id') }),
    id: (project) => toGlobalId('Project', project.projectId),
    flowMetrics: async (project, args, context) => ({
      population: await projectPopulation(context, project.projectId, parseFlowFilter(args.filter, 'filter')),
      window: parseFlowWindow(args.window, new Date()),
    }),
    flowSettings: async (project, _args, context) => {
      await readableProject(context, project.projectId);
      return context.loaders.flowSettings.load(project.projectId);
    },
  },
  Team: {
    __resolveReference: (reference) => ({ teamId: fromGlobalId(reference.id, 'Team', 'id') }),
    id: (team) => toGlobalId('Team', team.teamId),
    flowMetrics: async (team, args, context) => ({
      population: await teamPopulation(context, team.teamId, parseFlowFilter(args.filter, 'filter')),
      window: parseFlowWindow(args.window, new Date()),
    }),
  },
  SavedView: {
    __resolveReference: (reference) => ({ savedViewId: fromGlobalId(reference.id, 'SavedView', 'id') }),
    id: (view) => toGlobalId('SavedView', view.savedViewId),
    flowMetrics: async (view, args, context) => ({
      population: await savedViewPopulation(context, view.savedViewId, null),
      window: parseFlowWindow(args.window, new Date()),
    }),
  },
  ProjectFlowSettings: {
    startedStates: (settings) => settings.startedStateIds.map((id) => ({ id: toGlobalId('WorkflowState', id) })),
    doneStates: (settings) => settings.doneStateIds.map((id) => ({ id: toGlobalId('WorkflowState', id) })),
    isDefault: (settings) => !settings.startedStateIds.length && !settings.doneStateIds.length,
  },
};
