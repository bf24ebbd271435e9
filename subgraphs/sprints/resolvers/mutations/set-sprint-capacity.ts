import { badInput } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { isProjectMember, sprintWithRole } from '../../access';
import { setSprintCapacity } from '../../data/set-sprint-capacity';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { validateCapacity } from '../../validation';
import { writeAsViewer } from './write-as-viewer';

/** Replaces every entry; giving the same entries again changes (and announces) nothing. */
export const setSprintCapacityMutation: MutationResolvers = {
  setSprintCapacity: async (_parent, { input }, context) => {
    const sprintId = fromGlobalId(input.sprintId, 'Sprint', 'input.sprintId');
    const entries = validateCapacity(input.members);
    const { projectId } = await sprintWithRole(context, sprintId);
    const memberships = await Promise.all(entries.map((entry) => isProjectMember(context, projectId, entry.userId)));
    const outsider = memberships.indexOf(false);
    if (outsider >= 0) throw badInput(`input.members.${outsider}.userId`, 'The user is not a member of the project.');
    const sprint = await writeAsViewer(context, (tx, actor) => setSprintCapacity(tx, actor, { sprintId, entries }));
    return { sprint };
  },
};
