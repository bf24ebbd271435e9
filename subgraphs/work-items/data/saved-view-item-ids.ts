import { parseRows } from '../../../lib/db/parse-rows';
import type { WorkItemsPrisma } from '../db';
import { IdRow } from './rows';
import { itemIdsSql, type ItemListQuery } from './work-item-lists';

/** The most item ids one `savedViewItemIds` answer may hold (analytics measures at most this many). */
export const maxSavedViewItemIds = 20_000;

/**
 * The ids of the first `take` items a list matches in its order: one statement, the WHERE and ORDER
 * BY of `SavedView.workItems`' pages (`itemIdsSql`), only the id selected.
 */
export async function listItemIds(
  prisma: WorkItemsPrisma,
  query: Omit<ItemListQuery, 'cursor' | 'backward'>,
): Promise<string[]> {
  const rows = parseRows('savedViewItemIds', IdRow, await prisma.$queryRaw(itemIdsSql(query)));
  return rows.map((row) => row.id);
}
