import { badInput, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { isProjectMember, sprintWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import { capacityOf, replaceCapacity, sameCapacity } from '../../data/capacity-writes';
import { lockSprint, requireState } from '../../data/sprint-writes';
import { sprintEvent, writeSprintEvents } from '../../events/sprint-events';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { validateCapacity } from '../../validation';

export const capacityMutations: MutationResolvers = {
  /** Replaces every entry; giving the same entries again changes (and announces) nothing. */
  setSprintCapacity: async (_parent, { input }, context) => {
    const sprintId = fromGlobalId(input.sprintId, 'Sprint', 'input.sprintId');
    const entries = validateCapacity(input.members);
    const { projectId } = await sprintWithRole(context, sprintId);
    const memberships = await Promise.all(entries.map((entry) => isProjectMember(context, projectId, entry.userId)));
    const outsider = memberships.indexOf(false);
    if (outsider >= 0) throw badInput(`input.members.${outsider}.userId`, 'The user is not a member of the project.');
    const actorId = viewerIdOf(context);
    const at = new Date();
    const sprint = await context.prisma.$transaction(async (tx) => {
      const current = await lockSprint(tx, sprintId);
      if (!current) throw notFound('Sprint');
      requireState(current, ['PLANNED', 'ACTIVE'], 'only a planned or active sprint has a capacity to set');
      if (sameCapacity(await capacityOf(tx, sprintId), entries)) return current;
      await replaceCapacity(tx, sprintId, entries);
      const updated = await tx.sprint.update({ where: { id: sprintId }, data: { updatedAt: at } });
      await writeSprintEvents(tx, [sprintEvent('sprint.capacity_changed', updated, { actorId, at }, {})]);
      return updated;
    });
    forgetAfterWrite(context.loaders);
    return { sprint };
  },
};
