import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { sprintWithRole } from '../../access';
import { deleteSprint } from '../../data/delete-sprint';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { writeAsViewer } from './write-as-viewer';

/** The items go back to the backlog: their memberships, scope log and capacities go with the sprint. */
export const deleteSprintMutation: MutationResolvers = {
  deleteSprint: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'Sprint', 'input.id');
    await sprintWithRole(context, id);
    const deleted = await writeAsViewer(context, (tx, actor) => deleteSprint(tx, actor, id));
    return { deletedSprintId: toGlobalId('Sprint', deleted.id), project: { projectId: deleted.projectId } };
  },
};
