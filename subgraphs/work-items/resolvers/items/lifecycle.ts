import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { workItemWithRole } from '../../access';
import type { WorkItemsContext } from '../../context';
import { deleteWorkItem, setWorkItemArchived } from '../../data/item-lifecycle';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { actorOf } from '../input';
import { itemOf } from './item-writes';

async function setArchived(context: WorkItemsContext, globalId: string, archived: boolean) {
  const id = fromGlobalId(globalId, 'WorkItem', 'input.id');
  await workItemWithRole(context, id, 'MEMBER');
  const actor = actorOf(context);
  await context.prisma.$transaction((tx) => setWorkItemArchived(tx, actor, { id, archived }));
  return { workItem: await itemOf(context, id) };
}

export const lifecycleMutations: MutationResolvers = {
  archiveWorkItem: async (_parent, { input }, context) => setArchived(context, input.id, true),
  restoreWorkItem: async (_parent, { input }, context) => setArchived(context, input.id, false),

  deleteWorkItem: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'WorkItem', 'input.id');
    await workItemWithRole(context, id, 'ADMIN');
    const actor = actorOf(context);
    await context.prisma.$transaction((tx) => deleteWorkItem(tx, actor, { id }));
    forgetAfterWrite(context.loaders);
    return { deletedWorkItemId: toGlobalId('WorkItem', id) };
  },
};
