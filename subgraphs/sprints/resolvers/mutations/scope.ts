import { badInput, conflict, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { sprintWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import type { SprintsTx } from '../../db';
import {
  addMembers,
  ensureRoomInSprint,
  lockReadModelItems,
  openSprintsOfItems,
  removeMembers,
} from '../../data/sprint-items';
import { lockSprint, requireState } from '../../data/sprint-writes';
import { violatesIndex } from '../../data/unique-indexes';
import type { Sprint } from '../../generated/prisma/client';
import { sprintEvent, writeSprintEvents } from '../../events/sprint-events';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { parseWorkItemIds } from '../../validation';
import { sprintRef } from './shared';

const field = 'input.workItemIds';
const openStates = ['PLANNED', 'ACTIVE'];

const itemInOtherSprint = (workItemId: string, other: Sprint | null) =>
  conflict(
    other
      ? `The work item is already in the sprint ${other.name}: remove it there first.`
      : 'The work item is already in another open sprint: remove it there first.',
    { workItemId: toGlobalId('WorkItem', workItemId), ...(other ? sprintRef(other) : {}) },
  );

/** Touches the sprint and publishes the change of its items; the sprint as updated. */
async function recordScopeChange(
  tx: SprintsTx,
  sprintId: string,
  origin: { actorId: string; at: Date },
  change: { addedWorkItemIds: string[]; removedWorkItemIds: string[] },
): Promise<Sprint> {
  const updated = await tx.sprint.update({ where: { id: sprintId }, data: { updatedAt: origin.at } });
  await writeSprintEvents(tx, [sprintEvent('sprint.scope_changed', updated, origin, change)]);
  return updated;
}

export const scopeMutations: MutationResolvers = {
  addWorkItemsToSprint: async (_parent, { input }, context) => {
    const sprintId = fromGlobalId(input.sprintId, 'Sprint', 'input.sprintId');
    const ids = parseWorkItemIds(input.workItemIds);
    await sprintWithRole(context, sprintId);
    await context.workItemLookup.ensureKnown(ids);
    const actorId = viewerIdOf(context);
    const at = new Date();
    let result: { sprint: Sprint; added: string[] };
    try {
      result = await context.prisma.$transaction(async (tx) => {
        // Items before the sprint, in the order the read model's consumer takes them: no deadlock.
        const items = new Map((await lockReadModelItems(tx, ids)).map((item) => [item.id, item]));
        const sprint = await lockSprint(tx, sprintId);
        if (!sprint) throw notFound('Sprint');
        requireState(sprint, openStates, 'items can only be added to a planned or active sprint');
        for (const id of ids) {
          const item = items.get(id);
          const details = { workItemId: toGlobalId('WorkItem', id) };
          if (!item || item.deleted || item.projectId !== sprint.projectId) {
            throw badInput(field, "The work item is not an item of the sprint's project.", details);
          }
          if (item.archived) throw badInput(field, 'An archived work item cannot be added to a sprint.', details);
        }
        const openSprints = await openSprintsOfItems(tx, ids);
        const added = ids.filter((id) => openSprints.get(id)?.id !== sprintId);
        for (const id of added) {
          const other = openSprints.get(id);
          if (other) throw itemInOtherSprint(id, other);
        }
        if (!added.length) return { sprint, added };
        await ensureRoomInSprint(tx, sprint, added.length, field);
        await addMembers(tx, { sprintId, workItemIds: added, actorId, at }, 'PLANNING');
        const updated = await recordScopeChange(
          tx,
          sprintId,
          { actorId, at },
          { addedWorkItemIds: added, removedWorkItemIds: [] },
        );
        return { sprint: updated, added };
      });
    } catch (error) {
      // The item joined another sprint between our check and our write.
      if (violatesIndex(error, 'sprint_item_one_open_sprint')) {
        throw conflict('A work item was added to another open sprint at the same time: remove it there first.');
      }
      throw error;
    }
    forgetAfterWrite(context.loaders);
    return { sprint: result.sprint, addedWorkItems: result.added.map((workItemId) => ({ workItemId })) };
  },

  removeWorkItemsFromSprint: async (_parent, { input }, context) => {
    const sprintId = fromGlobalId(input.sprintId, 'Sprint', 'input.sprintId');
    const ids = parseWorkItemIds(input.workItemIds);
    await sprintWithRole(context, sprintId);
    const actorId = viewerIdOf(context);
    const at = new Date();
    const result = await context.prisma.$transaction(async (tx) => {
      const sprint = await lockSprint(tx, sprintId);
      if (!sprint) throw notFound('Sprint');
      requireState(sprint, openStates, 'items can only be removed from a planned or active sprint');
      const present = new Set(
        (
          await tx.sprintItem.findMany({ where: { sprintId, workItemId: { in: ids } }, select: { workItemId: true } })
        ).map((row) => row.workItemId),
      );
      const removed = ids.filter((id) => present.has(id));
      if (!removed.length) return { sprint, removed };
      await removeMembers(tx, { sprintId, workItemIds: removed, actorId, at });
      const updated = await recordScopeChange(
        tx,
        sprintId,
        { actorId, at },
        { addedWorkItemIds: [], removedWorkItemIds: removed },
      );
      return { sprint: updated, removed };
    });
    forgetAfterWrite(context.loaders);
    return { sprint: result.sprint, removedWorkItemIds: result.removed.map((id) => toGlobalId('WorkItem', id)) };
  },
};
