import { conflict, notFound, type AppError } from '../../../lib/errors';
import type { WorkItemsTx } from '../db';
import { itemLifecycle, writeItemEvents } from '../events/work-item-events';
import { originOf, type Actor } from './actor';
import type { BulkFailure } from './bulk-update-work-items';
import { lockWorkItems } from './items';

/** The items of a bulk archive, restore or delete, each with its position in the input's `ids`. */
export interface BulkLifecycleInput {
  items: { id: string; index: number }[];
  /** False: items that cannot change are returned as failures and the others go on. */
  atomic: boolean;
}

export interface BulkLifecycleResult {
  changed: string[];
  failures: BulkFailure[];
}

/** Puts the failures in input order; atomic, the first one is thrown instead. */
function settle(input: BulkLifecycleInput, failures: BulkFailure[]): void {
  failures.sort((a, b) => a.index - b.index);
  if (input.atomic && failures[0]) throw failures[0].error;
}

/**
 * Archives or restores many items in a fixed number of statements, however many: the rows locked in
 * id order, one update, one insert of history entries, and their events. An item missing is
 * NOT_FOUND, one already archived (or not archived, to restore) CONFLICT.
 */
export async function bulkSetArchived(
  tx: WorkItemsTx,
  actor: Actor,
  input: BulkLifecycleInput & { archived: boolean },
): Promise<BulkLifecycleResult> {
  const { archived } = input;
  const locked = await lockWorkItems(
    tx,
    input.items.map((item) => item.id),
  );
  const failures: BulkFailure[] = [];
  const changed: string[] = [];
  for (const { id, index } of input.items) {
    const item = locked.get(id);
    const error: AppError | null = !item
      ? notFound('Work item')
      : Boolean(item.archivedAt) === archived
        ? conflict(archived ? 'The item is already archived.' : 'The item is not archived.')
        : null;
    if (error) failures.push({ id, index, error });
    else changed.push(id);
  }
  settle(input, failures);
  if (!changed.length) return { changed, failures };
  await tx.workItem.updateMany({
    where: { id: { in: changed } },
    data: { archivedAt: archived ? actor.at : null, version: { increment: 1 }, updatedAt: actor.at },
  });
  await tx.historyEntry.createMany({
    data: changed.map((workItemId) => ({
      workItemId,
      actorId: actor.userId,
      field: 'archived',
      oldValue: String(!archived),
      newValue: String(archived),
      createdAt: actor.at,
    })),
  });
  await writeItemEvents(tx, changed, (subject) =>
    itemLifecycle(archived ? 'work_item.archived' : 'work_item.restored', originOf(actor), subject),
  );
  return { changed, failures };
}

/**
 * Deletes many items for good, with their history, labels, comments and links. An item may go with
 * its children only when they all go too (CONFLICT otherwise, and then its parents in the call stay
 * as well). `work_item.deleted` carries each snapshot read before the rows go; the rows go deepest
 * first, one statement per level, as the parent link restricts deletion.
 */
export async function bulkDeleteWorkItems(
  tx: WorkItemsTx,
  actor: Actor,
  input: BulkLifecycleInput,
): Promise<BulkLifecycleResult> {
  const ids = input.items.map((item) => item.id);
  const locked = await lockWorkItems(tx, ids);
  const children = await tx.workItem.findMany({
    where: { parentId: { in: ids } },
    select: { id: true, parentId: true },
  });
  const failures: BulkFailure[] = [];
  const deleting = new Map<string, number>();
  for (const { id, index } of input.items) {
    if (locked.has(id)) deleting.set(id, index);
    else failures.push({ id, index, error: notFound('Work item') });
  }
  // An item whose child stays must stay too, and so must its parent: repeat until nothing changes.
  for (let kept = true; kept;) {
    kept = false;
    for (const [id, index] of deleting) {
      const staying = children.filter((child) => child.parentId === id && !deleting.has(child.id)).length;
      if (!staying) continue;
      deleting.delete(id);
      kept = true;
      const error = conflict(`The item has ${staying} child item(s): move or delete them first.`, {
        childCount: staying,
      });
      failures.push({ id, index, error });
    }
  }
  settle(input, failures);
  const changed = [...deleting.keys()];
  if (!changed.length) return { changed, failures };
  await writeItemEvents(tx, changed, (subject) => itemLifecycle('work_item.deleted', originOf(actor), subject));
  for (const level of deepestFirst(changed, (id) => locked.get(id)?.parentId ?? null)) {
    await tx.workItem.deleteMany({ where: { id: { in: level } } });
  }
  return { changed, failures };
}

/** The ids grouped by their depth among themselves (a parent not in the list counts as a root), deepest first. */
export function deepestFirst(ids: readonly string[], parentOf: (id: string) => string | null): string[][] {
  const listed = new Set(ids);
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const parent = parentOf(id);
    const value = parent && listed.has(parent) ? depthOf(parent) + 1 : 0;
    depth.set(id, value);
    return value;
  };
  const levels: string[][] = [];
  for (const id of ids) (levels[depthOf(id)] ??= []).push(id);
  return levels.reverse().filter(Boolean);
}
