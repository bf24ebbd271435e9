import { conflict, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { workItemWithRole } from '../../access';
import { viewerIdOf, type WorkItemsContext } from '../../context';
import { lockWorkItem } from '../../data/items';
import { itemLifecycle, writeItemEvents } from '../../events/work-item-events';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { itemOf, saveChanges } from './item-writes';

export const lifecycleMutations: MutationResolvers = {
  archiveWorkItem: async (_parent, { input }, context) => setArchived(context, input.id, true),
  restoreWorkItem: async (_parent, { input }, context) => setArchived(context, input.id, false),

  deleteWorkItem: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'WorkItem', 'input.id');
    await workItemWithRole(context, id, 'ADMIN');
    const actorId = viewerIdOf(context);
    const at = new Date();
    await context.prisma.$transaction(async (tx) => {
      const item = await lockWorkItem(tx, id);
      if (!item) throw notFound('Work item');
      const children = await tx.workItem.count({ where: { parentId: id } });
      if (children) {
        throw conflict(`The item has ${children} child item(s): move or delete them first.`, { childCount: children });
      }
      // The snapshot is read before the row goes: the event carries the item's last state.
      await writeItemEvents(tx, [id], (subject) => itemLifecycle('work_item.deleted', { actorId, at }, subject));
      await tx.workItem.delete({ where: { id } });
    });
    forgetAfterWrite(context.loaders);
    return { deletedWorkItemId: toGlobalId('WorkItem', id) };
  },
};

async function setArchived(context: WorkItemsContext, globalId: string, archived: boolean) {
  const id = fromGlobalId(globalId, 'WorkItem', 'input.id');
  await workItemWithRole(context, id, 'MEMBER');
  const viewerId = viewerIdOf(context);
  const at = new Date();
  await context.prisma.$transaction(async (tx) => {
    const item = await lockWorkItem(tx, id);
    if (!item) throw notFound('Work item');
    if (Boolean(item.archivedAt) === archived) {
      throw conflict(archived ? 'The item is already archived.' : 'The item is not archived.');
    }
    await saveChanges(
      tx,
      item,
      { archivedAt: archived ? at : null },
      [{ field: 'archived', oldValue: String(!archived), newValue: String(archived) }],
      viewerId,
      at,
    );
    await writeItemEvents(tx, [id], (subject) =>
      itemLifecycle(archived ? 'work_item.archived' : 'work_item.restored', { actorId: viewerId, at }, subject),
    );
  });
  return { workItem: await itemOf(context, id) };
}
