import { conflict, notFound } from '../../../lib/errors';
import type { WorkItemsTx } from '../db';
import { itemLifecycle, writeItemEvents } from '../events/work-item-events';
import { originOf, type Actor } from './actor';
import { lockWorkItem } from './items';
import { saveItemChanges } from './save-item-changes';

/**
 * Archives or restores an item under its row lock: CONFLICT when it already is so. Writes the row,
 * an `archived` history entry and `work_item.archived` / `work_item.restored`.
 */
export async function setWorkItemArchived(
  tx: WorkItemsTx,
  actor: Actor,
  input: { id: string; archived: boolean },
): Promise<void> {
  const { id, archived } = input;
  const item = await lockWorkItem(tx, id);
  if (!item) throw notFound('Work item');
  if (Boolean(item.archivedAt) === archived) {
    throw conflict(archived ? 'The item is already archived.' : 'The item is not archived.');
  }
  await saveItemChanges(tx, actor, item, { archivedAt: archived ? actor.at : null }, [
    { field: 'archived', oldValue: String(!archived), newValue: String(archived) },
  ]);
  await writeItemEvents(tx, [id], (subject) =>
    itemLifecycle(archived ? 'work_item.archived' : 'work_item.restored', originOf(actor), subject),
  );
}

/**
 * Deletes an item without children (CONFLICT otherwise) under its row lock; its history, labels,
 * comments and links go with it. `work_item.deleted` carries the snapshot read before the row goes.
 */
export async function deleteWorkItem(tx: WorkItemsTx, actor: Actor, input: { id: string }): Promise<void> {
  const { id } = input;
  const item = await lockWorkItem(tx, id);
  if (!item) throw notFound('Work item');
  const children = await tx.workItem.count({ where: { parentId: id } });
  if (children) {
    throw conflict(`The item has ${children} child item(s): move or delete them first.`, { childCount: children });
  }
  await writeItemEvents(tx, [id], (subject) => itemLifecycle('work_item.deleted', originOf(actor), subject));
  await tx.workItem.delete({ where: { id } });
}
