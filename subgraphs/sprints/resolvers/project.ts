import { fromGlobalId, toGlobalId } from '../../../lib/ids';
import { parsePage, toConnection } from '../../../lib/relay';
import { timeIdCursorOf } from '../../../lib/time-id-cursor';
import { readableProject } from '../access';
import { countProjectSprints, projectSprintsPage } from '../data/sprint-lists';
import type { Resolvers } from '../generated/resolvers-types';

export const projectResolvers: Resolvers = {
  Project: {
    __resolveReference: (reference) => ({ projectId: fromGlobalId(reference.id, 'Project', 'id') }),
    id: (project) => toGlobalId('Project', project.projectId),
    sprints: async (project, args, context) => {
      await readableProject(context, project.projectId);
      const page = parsePage(args);
      const states = args.filter?.states?.length ? args.filter.states : null;
      const rows = await projectSprintsPage(context.prisma, project.projectId, states, page);
      return toConnection(
        rows,
        page,
        (sprint) => timeIdCursorOf(sprint.startDate, sprint.id),
        () => countProjectSprints(context.prisma, project.projectId, states),
      );
    },
    activeSprint: async (project, _args, context) => {
      await readableProject(context, project.projectId);
      return context.loaders.activeSprintByProject.load(project.projectId);
    },
  },
};
