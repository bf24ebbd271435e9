import { fromGlobalId } from '../../../../lib/ids';
import { sprintWithRole } from '../../access';
import { startSprint } from '../../data/start-sprint';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { recordAsViewer } from './write-as-viewer';

/**
 * Records the committed scope: the items in the sprint now and their points, read through to the
 * work-items service so that every change acknowledged before the call counts.
 */
export const startSprintMutation: MutationResolvers = {
  startSprint: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'Sprint', 'input.id');
    await sprintWithRole(context, id);
    const sprint = await recordAsViewer(context, id, (tx, actor, freshMembers) =>
      startSprint(tx, actor, id, freshMembers),
    );
    return { sprint };
  },
};
