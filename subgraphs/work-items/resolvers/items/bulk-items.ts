import { badInput, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { canRead } from '../../access';
import type { WorkItemsContext } from '../../context';
import type { BulkFailure } from '../../data/bulk-update-work-items';
import type { WorkItem } from '../../generated/prisma/client';

/** The raw ids of a bulk input: 1 to `max` WorkItem IDs, none twice (BAD_USER_INPUT on `input.ids`). */
export function parseBulkIds(globalIds: readonly string[], max: number): string[] {
  if (globalIds.length < 1 || globalIds.length > max) {
    throw badInput('input.ids', `Give 1 to ${max.toLocaleString('en-US')} work item IDs.`);
  }
  const ids = globalIds.map((id, i) => fromGlobalId(id, 'WorkItem', `input.ids.${i}`));
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw badInput(`input.ids.${i}`, 'The item is listed twice.');
    seen.add(id);
  });
  return ids;
}

/**
 * The items' one project and the items found in it. An item missing or unreadable is NOT_FOUND:
 * the error when atomic, a failure otherwise. A second project is BAD_USER_INPUT either way.
 */
export async function projectOfItems(context: WorkItemsContext, ids: string[], atomic: boolean) {
  const found: { item: WorkItem; index: number }[] = [];
  const missing: BulkFailure[] = [];
  const loaded = await context.loaders.workItemById.loadMany(ids);
  for (const [index, item] of loaded.entries()) {
    if (item && !(item instanceof Error) && (await canRead(context, item.projectId))) {
      found.push({ item, index });
    } else if (atomic) {
      throw notFound('Work item');
    } else {
      missing.push({ id: ids[index]!, index, error: notFound('Work item') });
    }
  }
  const projectId = found[0]?.item.projectId ?? null;
  for (const { item, index } of found) {
    if (item.projectId !== projectId) throw badInput(`input.ids.${index}`, 'All items must belong to one project.');
  }
  return { projectId, items: found.map(({ item, index }) => ({ id: item.id, index })), missing };
}

/** The items found missing before the transaction and those refused in it, together in input order. */
export const failuresInOrder = (missing: BulkFailure[], refused: BulkFailure[]): BulkFailure[] =>
  [...missing, ...refused].sort((a, b) => a.index - b.index);

/** A failure as the payload reports it. */
export const failureOf = ({ id, index, error }: BulkFailure) => ({
  workItemId: toGlobalId('WorkItem', id),
  index,
  code: error.code,
  field: error.details.field ?? null,
  message: error.message,
});
