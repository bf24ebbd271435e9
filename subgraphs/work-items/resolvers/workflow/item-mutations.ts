import { badInput } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { workItemWithRole } from '../../access';
import type { WorkItemsContext } from '../../context';
import { moveWorkItem } from '../../data/move-work-item';
import { transitionWorkItem } from '../../data/transition-work-item';
import type { WorkItem } from '../../generated/prisma/client';
import type { MoveWorkItemInput, MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { actorOf } from '../input';

const optionalId = (id: string | null | undefined, type: string, field: string): string | null =>
  id == null ? null : fromGlobalId(id, type, field);

/** The move's ids; an item cannot be its own neighbour, nor have one neighbour on both sides. */
function parseMove(input: MoveWorkItemInput) {
  const id = fromGlobalId(input.id, 'WorkItem', 'input.id');
  const toStateId = optionalId(input.toStateId, 'WorkflowState', 'input.toStateId');
  const beforeId = optionalId(input.beforeId, 'WorkItem', 'input.beforeId');
  const afterId = optionalId(input.afterId, 'WorkItem', 'input.afterId');
  if (beforeId === id) throw badInput('input.beforeId', 'An item cannot be placed next to itself.');
  if (afterId === id) throw badInput('input.afterId', 'An item cannot be placed next to itself.');
  if (beforeId !== null && beforeId === afterId) {
    throw badInput('input.afterId', 'afterId must come before beforeId in the column.');
  }
  return { id, toStateId, beforeId, afterId };
}

/** The payload of a state or board change: the request's cached reads start over from the written row. */
function changed(context: WorkItemsContext, workItem: WorkItem) {
  forgetAfterWrite(context.loaders);
  context.loaders.workItemById.prime(workItem.id, workItem);
  return { workItem };
}

export const itemStateMutations: MutationResolvers = {
  transitionWorkItem: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'WorkItem', 'input.id');
    const toStateId = fromGlobalId(input.toStateId, 'WorkflowState', 'input.toStateId');
    const { role } = await workItemWithRole(context, id, 'MEMBER');
    const actor = actorOf(context);
    return changed(
      context,
      await context.prisma.$transaction((tx) => transitionWorkItem(tx, actor, { id, toStateId, role })),
    );
  },

  moveWorkItem: async (_parent, { input }, context) => {
    const move = parseMove(input);
    const { role } = await workItemWithRole(context, move.id, 'MEMBER');
    const actor = actorOf(context);
    return changed(context, await context.prisma.$transaction((tx) => moveWorkItem(tx, actor, { ...move, role })));
  },
};
