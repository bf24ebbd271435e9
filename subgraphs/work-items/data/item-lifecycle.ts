import type { WorkItemsTx } from '../db';
import type { Actor } from './actor';
import { bulkDeleteWorkItems, bulkSetArchived } from './bulk-lifecycle';

// One item is a bulk call of one, atomic: the rules, statements and events are the bulk ones.

/**
 * Archives or restores an item under its row lock: CONFLICT when it already is so. Writes the row,
 * an `archived` history entry and `work_item.archived` / `work_item.restored`.
 */
export async function setWorkItemArchived(
  tx: WorkItemsTx,
  actor: Actor,
  input: { id: string; archived: boolean },
): Promise<void> {
  await bulkSetArchived(tx, actor, { items: [{ id: input.id, index: 0 }], atomic: true, archived: input.archived });
}

/**
 * Deletes an item without children (CONFLICT otherwise) under its row lock; its history, labels,
 * comments and links go with it. `work_item.deleted` carries the snapshot read before the row goes.
 */
export async function deleteWorkItem(tx: WorkItemsTx, actor: Actor, input: { id: string }): Promise<void> {
  await bulkDeleteWorkItems(tx, actor, { items: [{ id: input.id, index: 0 }], atomic: true });
}
