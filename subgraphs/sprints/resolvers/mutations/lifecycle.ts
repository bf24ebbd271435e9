import { badInput, conflict, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { sprintWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import { addMembers, closeMembers, ensureRoomInSprint, type FinalOutcome } from '../../data/sprint-items';
import { lockSprints, otherActiveSprint, requireState } from '../../data/sprint-writes';
import { violatesIndex } from '../../data/unique-indexes';
import { sprintEvent, writeSprintEvents } from '../../events/sprint-events';
import type { Sprint } from '../../generated/prisma/client';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { isDone, pointsOf, withoutNoise, type ItemFigures } from '../../metrics/points';
import { forgetAfterWrite } from '../../loaders';
import { withFreshMembers } from './read-through';
import { sprintRef } from './shared';

const sum = (values: number[]) => withoutNoise(values.reduce((total, value) => total + value, 0));

const activeSprintConflict = (active: Sprint | null) =>
  conflict(
    active
      ? `The project already has an active sprint: ${active.name}. Complete it first.`
      : 'The project already has an active sprint. Complete it first.',
    active ? sprintRef(active) : {},
  );

function outcomeOf(item: ItemFigures | null): FinalOutcome['outcome'] {
  if (isDone(item)) return 'COMPLETED';
  return item?.stateCategory === 'CANCELED' ? 'CANCELED' : 'CARRIED_OVER';
}

export const lifecycleMutations: MutationResolvers = {
  /**
   * Records the committed scope: the items in the sprint now and their points, read through to the
   * work-items service so that every change acknowledged before the call counts.
   */
  startSprint: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'Sprint', 'input.id');
    await sprintWithRole(context, id);
    const actorId = viewerIdOf(context);
    let sprint: Sprint;
    try {
      sprint = await withFreshMembers(context, id, async (tx, freshMembers, at) => {
        const current = (await lockSprints(tx, [id])).get(id);
        if (!current) throw notFound('Sprint');
        requireState(current, ['PLANNED'], 'only a planned sprint can be started');
        const active = await otherActiveSprint(tx, current.projectId, id);
        if (active) throw activeSprintConflict(active);
        const members = await freshMembers();
        const committedPoints = sum(members.map(({ item }) => pointsOf(item)));
        const started = await tx.sprint.update({
          where: { id },
          data: {
            state: 'ACTIVE',
            startedAt: at,
            startedById: actorId,
            committedPoints,
            committedItemCount: members.length,
            updatedAt: at,
          },
        });
        const workItemIds = members.map(({ membership }) => membership.workItemId);
        await writeSprintEvents(tx, [
          sprintEvent('sprint.started', started, { actorId, at }, { workItemIds, committedPoints }),
        ]);
        return started;
      });
    } catch (error) {
      // Another sprint of the project started between our check and our write.
      if (violatesIndex(error, 'sprint_one_active_per_project')) throw activeSprintConflict(null);
      throw error;
    }
    forgetAfterWrite(context.loaders);
    return { sprint };
  },

  /**
   * Closes every membership with its outcome and records the figures (items read through, as for
   * startSprint); unfinished items join the planned sprint `carryOverTo` (as CARRIED_OVER additions
   * there) or go back to the backlog.
   */
  completeSprint: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'Sprint', 'input.id');
    const targetId = input.carryOverTo ? fromGlobalId(input.carryOverTo, 'Sprint', 'input.carryOverTo') : null;
    if (targetId === id) throw badInput('input.carryOverTo', 'A sprint cannot carry its items over to itself.');
    await sprintWithRole(context, id);
    const actorId = viewerIdOf(context);
    const result = await withFreshMembers(context, id, async (tx, freshMembers, at) => {
      const locked = await lockSprints(tx, targetId ? [id, targetId] : [id]);
      const current = locked.get(id);
      if (!current) throw notFound('Sprint');
      requireState(current, ['ACTIVE'], 'only the active sprint can be completed');
      const target = targetId ? locked.get(targetId) : null;
      if (targetId && (target?.projectId !== current.projectId || target.state !== 'PLANNED')) {
        throw badInput(
          'input.carryOverTo',
          'Unfinished items can only be carried over to a planned sprint of the same project.',
        );
      }
      const outcomes: FinalOutcome[] = (await freshMembers()).map(({ membership, item }) => ({
        workItemId: membership.workItemId,
        outcome: outcomeOf(item),
        finalPoints: pointsOf(item),
      }));
      const completed = outcomes.filter((o) => o.outcome === 'COMPLETED');
      const carried = outcomes.filter((o) => o.outcome === 'CARRIED_OVER');
      const carriedIds = carried.map((o) => o.workItemId);
      if (target) await ensureRoomInSprint(tx, target, carriedIds.length, 'input.carryOverTo');
      const completedPoints = sum(completed.map((o) => o.finalPoints));
      // Closed first: an item may be in one open sprint only.
      await closeMembers(tx, id, outcomes);
      const sprint = await tx.sprint.update({
        where: { id },
        data: {
          state: 'COMPLETED',
          completedAt: at,
          completedById: actorId,
          completedPoints,
          completedItemCount: completed.length,
          carriedOverPoints: sum(carried.map((o) => o.finalPoints)),
          carriedOverItemCount: carried.length,
          carriedOverToId: target?.id ?? null,
          updatedAt: at,
        },
      });
      const origin = { actorId, at };
      const events = [
        sprintEvent('sprint.completed', sprint, origin, {
          completedWorkItemIds: completed.map((o) => o.workItemId),
          carriedOverWorkItemIds: carriedIds,
          carriedOverToSprintId: target?.id ?? null,
          completedPoints,
        }),
      ];
      let carriedOverTo: Sprint | null = target ?? null;
      if (target && carriedIds.length) {
        await addMembers(tx, { sprintId: target.id, workItemIds: carriedIds, actorId, at }, 'CARRIED_OVER');
        carriedOverTo = await tx.sprint.update({ where: { id: target.id }, data: { updatedAt: at } });
        events.push(
          sprintEvent('sprint.scope_changed', carriedOverTo, origin, {
            addedWorkItemIds: carriedIds,
            removedWorkItemIds: [],
          }),
        );
      }
      await writeSprintEvents(tx, events);
      return { sprint, carriedOverTo, carriedOverItemCount: carried.length };
    });
    forgetAfterWrite(context.loaders);
    return result;
  },
};
