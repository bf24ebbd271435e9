import { fromGlobalId } from '../../../../lib/ids';
import { sprintWithRole } from '../../access';
import { updateSprint } from '../../data/update-sprint';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { notNull, validateGoal, validateName } from '../../validation';
import { writeAsViewer } from './write-as-viewer';

/** Writes (and announces) only the fields that really change; nothing at all when none do. */
export const updateSprintMutation: MutationResolvers = {
  updateSprint: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'Sprint', 'input.id');
    const givenName = notNull(input.name, 'input.name');
    const name = givenName === undefined ? undefined : validateName(givenName);
    const goal = input.goal === undefined ? undefined : validateGoal(input.goal ?? '');
    const startDate = notNull(input.startDate, 'input.startDate');
    const endDate = notNull(input.endDate, 'input.endDate');
    await sprintWithRole(context, id);
    const sprint = await writeAsViewer(context, (tx, actor) =>
      updateSprint(tx, actor, id, { name, goal, startDate, endDate }),
    );
    return { sprint };
  },
};
