import type { WorkItemsTx } from '../db';
import type { WorkItem } from '../generated/prisma/client';
import type { ItemData } from '../rules/item-changes';
import type { Actor } from './actor';
import type { FieldChange } from '../rules/field-change';
import { recordHistory } from './history';

/** The item's row with the version bump and `updatedAt`, plus its history, when anything changed. */
export async function saveItemChanges(
  tx: WorkItemsTx,
  actor: Actor,
  item: WorkItem,
  data: ItemData,
  changes: FieldChange[],
): Promise<void> {
  if (!changes.length) return;
  await tx.workItem.update({
    where: { id: item.id },
    data: { ...data, version: { increment: 1 }, updatedAt: actor.at },
  });
  await recordHistory(tx, item.id, actor.userId, changes, actor.at);
}
