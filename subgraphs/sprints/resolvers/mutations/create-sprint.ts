import { fromGlobalId } from '../../../../lib/ids';
import { projectWithRole } from '../../access';
import { createSprint } from '../../data/create-sprint';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { validateDates, validateGoal, validateName } from '../../validation';
import { writeAsViewer } from './write-as-viewer';

export const createSprintMutation: MutationResolvers = {
  createSprint: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const name = validateName(input.name);
    const goal = validateGoal(input.goal ?? '');
    const { startDate, endDate } = input;
    validateDates(startDate, endDate);
    const { organizationId } = await projectWithRole(context, projectId, 'MEMBER');
    const sprint = await writeAsViewer(context, (tx, actor) =>
      createSprint(tx, actor, { projectId, organizationId, name, goal, startDate, endDate }),
    );
    return { sprint };
  },
};
