import { badInput, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { workItemWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import { recordHistory, type FieldChange } from '../../data/history';
import { lockWorkItem } from '../../data/items';
import { rankForMove } from '../../data/moves';
import { planTransition } from '../../data/transitions';
import { lockColumn } from '../../data/workflow';
import { itemChanged, itemMoved, writeItemEvents } from '../../events/work-item-events';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';

const optionalId = (id: string | null | undefined, type: string, field: string): string | null =>
  id == null ? null : fromGlobalId(id, type, field);

export const itemStateMutations: MutationResolvers = {
  transitionWorkItem: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'WorkItem', 'input.id');
    const toStateId = fromGlobalId(input.toStateId, 'WorkflowState', 'input.toStateId');
    const { role } = await workItemWithRole(context, id, 'MEMBER');
    const actorId = viewerIdOf(context);
    const at = new Date();
    const workItem = await context.prisma.$transaction(async (tx) => {
      const item = await lockWorkItem(tx, id);
      if (!item) throw notFound('Work item');
      if (toStateId !== item.stateId) await lockColumn(tx, toStateId);
      const plan = await planTransition(tx, { item, toStateId, role, field: 'input.toStateId', at });
      if (!plan) return item;
      const updated = await tx.workItem.update({
        where: { id },
        data: { ...plan.data, version: { increment: 1 }, updatedAt: at },
      });
      await recordHistory(tx, id, actorId, [plan.change], at);
      await writeItemEvents(tx, [id], (subject) =>
        itemChanged({ actorId, at }, subject, [plan.change], plan.stateChange),
      );
      return updated;
    });
    forgetAfterWrite(context.loaders);
    context.loaders.workItemById.prime(workItem.id, workItem);
    return { workItem };
  },

  moveWorkItem: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'WorkItem', 'input.id');
    const toStateId = optionalId(input.toStateId, 'WorkflowState', 'input.toStateId');
    const beforeId = optionalId(input.beforeId, 'WorkItem', 'input.beforeId');
    const afterId = optionalId(input.afterId, 'WorkItem', 'input.afterId');
    if (beforeId === id) throw badInput('input.beforeId', 'An item cannot be placed next to itself.');
    if (afterId === id) throw badInput('input.afterId', 'An item cannot be placed next to itself.');
    if (beforeId !== null && beforeId === afterId) {
      throw badInput('input.afterId', 'afterId must come before beforeId in the column.');
    }
    const { role } = await workItemWithRole(context, id, 'MEMBER');
    const actorId = viewerIdOf(context);
    const at = new Date();
    const workItem = await context.prisma.$transaction(async (tx) => {
      const item = await lockWorkItem(tx, id);
      if (!item) throw notFound('Work item');
      const targetStateId = toStateId ?? item.stateId;
      // Moves into one column queue here, so the neighbours read below stay where they are.
      await lockColumn(tx, targetStateId);
      const plan = await planTransition(tx, { item, toStateId: targetStateId, role, field: 'input.toStateId', at });
      const rank = await rankForMove(tx, { item, targetStateId, beforeId, afterId, endRank: plan?.data.rank ?? null });
      const changes: FieldChange[] = [];
      if (plan) changes.push(plan.change);
      if (rank !== item.rank) changes.push({ field: 'rank', oldValue: item.rank, newValue: rank });
      if (!changes.length) return item;
      const updated = await tx.workItem.update({
        where: { id },
        data: { ...plan?.data, rank, version: { increment: 1 }, updatedAt: at },
      });
      await recordHistory(tx, id, actorId, changes, at);
      await writeItemEvents(tx, [id], (subject) => itemMoved({ actorId, at }, subject, changes));
      return updated;
    });
    forgetAfterWrite(context.loaders);
    context.loaders.workItemById.prime(workItem.id, workItem);
    return { workItem };
  },
};
