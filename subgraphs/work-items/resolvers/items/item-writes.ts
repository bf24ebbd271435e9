import { notFound } from '../../../../lib/errors';
import { type WorkItemsContext } from '../../context';
import type { WorkItemsTx } from '../../db';
import { recordHistory, type FieldChange } from '../../data/history';
import type { Prisma, WorkItem } from '../../generated/prisma/client';
import { forgetAfterWrite } from '../../loaders';

export async function itemOf(context: WorkItemsContext, id: string): Promise<WorkItem> {
  forgetAfterWrite(context.loaders);
  const item = await context.loaders.workItemById.load(id);
  if (!item) throw notFound('Work item');
  return item;
}

export type ItemData = Prisma.WorkItemUncheckedUpdateInput;

/** The item's row with the version bump and `updatedAt`, plus its history, when anything changed. */
export async function saveChanges(
  tx: WorkItemsTx,
  item: WorkItem,
  data: ItemData,
  changes: FieldChange[],
  actorId: string,
  at: Date,
): Promise<void> {
  if (!changes.length) return;
  await tx.workItem.update({
    where: { id: item.id },
    data: { ...data, version: { increment: 1 }, updatedAt: at },
  });
  await recordHistory(tx, item.id, actorId, changes, at);
}
