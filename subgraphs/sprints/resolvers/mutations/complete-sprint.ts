import { badInput } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { sprintWithRole } from '../../access';
import { completeSprint } from '../../data/complete-sprint';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { recordAsViewer } from './write-as-viewer';

/**
 * Closes every membership with its outcome and records the figures (items read through, as for
 * startSprint); unfinished items join the planned sprint `carryOverTo` (as CARRIED_OVER additions
 * there) or go back to the backlog.
 */
export const completeSprintMutation: MutationResolvers = {
  completeSprint: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'Sprint', 'input.id');
    const carryOverToId = input.carryOverTo ? fromGlobalId(input.carryOverTo, 'Sprint', 'input.carryOverTo') : null;
    if (carryOverToId === id) throw badInput('input.carryOverTo', 'A sprint cannot carry its items over to itself.');
    await sprintWithRole(context, id);
    const result = await recordAsViewer(context, id, (tx, actor, freshMembers) =>
      completeSprint(tx, actor, { sprintId: id, carryOverToId }, freshMembers),
    );
    return result;
  },
};
