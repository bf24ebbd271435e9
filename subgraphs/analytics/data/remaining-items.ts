import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { AnalyticsPrisma } from '../db';

const OpenChild = z.object({ id: z.string(), projectId: z.string() });

/** An epic's (any parent's) children not finished, discarded, archived or deleted (index: parent_id). */
export async function openChildren(prisma: AnalyticsPrisma, parentId: string) {
  return parseRows(
    'openChildren',
    OpenChild,
    await prisma.$queryRaw`
      SELECT f.id::text AS id, f.project_id::text AS "projectId" FROM analytics.item_fact f
      WHERE f.parent_id = ${parentId}::uuid AND f.finished_at IS NULL AND f.discarded_at IS NULL
        AND f.archived_at IS NULL AND f.deleted_at IS NULL
      ORDER BY f.id`,
  );
}

/** The project of an item the read model knows, or null. */
export async function projectOfItem(prisma: AnalyticsPrisma, itemId: string): Promise<string | null> {
  const item = await prisma.itemFact.findUnique({
    where: { id: itemId },
    select: { projectId: true, deletedAt: true },
  });
  return item && !item.deletedAt ? item.projectId : null;
}

/** Of these items, those not finished, discarded, archived or deleted, in id order. */
export async function openItemsAmong(prisma: AnalyticsPrisma, itemIds: readonly string[]): Promise<string[]> {
  const rows = await prisma.itemFact.findMany({
    where: { id: { in: [...itemIds] }, finishedAt: null, discardedAt: null, archivedAt: null, deletedAt: null },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => row.id);
}
