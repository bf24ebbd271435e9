import { z } from 'zod';
import { parseRow, parseRows } from '../../../lib/db/parse-rows';
import { badInput } from '../../../lib/errors';
import type { WorkItemsTx } from '../db';
import type { WorkItem } from '../generated/prisma/client';
import { boardOrderBefore, isStrictlyBetween, placeInColumn, rankBetweenNeighbours } from '../rules/board-placement';
import { maxRankLength, spreadRanks } from '../rules/ranks';
import { IdRow, MaxRankRow } from './rows';
import { rewriteRanks } from './workflow';

// Board moves. The caller holds the item's row lock and the target column's advisory lock
// (lockColumn), so neighbours read here cannot move until the transaction ends.

const NeighbourRow = z.object({ id: z.string(), rank: z.string() });
type Neighbour = z.infer<typeof NeighbourRow>;

async function neighbour(
  tx: WorkItemsTx,
  item: WorkItem,
  targetStateId: string,
  id: string,
  field: string,
): Promise<Neighbour> {
  const row = await tx.workItem.findUnique({
    where: { id },
    select: { id: true, rank: true, projectId: true, stateId: true, archivedAt: true },
  });
  if (!row || row.projectId !== item.projectId || row.stateId !== targetStateId || row.archivedAt !== null) {
    throw badInput(field, `${field} must be an unarchived item of the target column.`);
  }
  return row;
}

/** The unarchived item just before (or after) `of` in the column, the moving item left out. */
async function adjacent(
  tx: WorkItemsTx,
  args: { stateId: string; itemId: string; of: Neighbour; direction: 'before' | 'after' },
): Promise<Neighbour | null> {
  const { stateId, itemId, of } = args;
  const rows =
    args.direction === 'before'
      ? await tx.$queryRaw`
          SELECT id::text AS id, rank FROM work_item
          WHERE state_id = ${stateId}::uuid AND archived_at IS NULL AND id <> ${itemId}::uuid
            AND (rank, id) < (${of.rank}::varchar COLLATE "C", ${of.id}::uuid)
          ORDER BY rank DESC, id DESC LIMIT 1`
      : await tx.$queryRaw`
          SELECT id::text AS id, rank FROM work_item
          WHERE state_id = ${stateId}::uuid AND archived_at IS NULL AND id <> ${itemId}::uuid
            AND (rank, id) > (${of.rank}::varchar COLLATE "C", ${of.id}::uuid)
          ORDER BY rank, id LIMIT 1`;
  return parseRows(args.direction === 'before' ? 'itemBefore' : 'itemAfter', NeighbourRow, rows)[0] ?? null;
}

/**
 * The item's new rank in the target column: between its new neighbours (`beforeId`/`afterId`, both
 * validated here: unarchived items of that column of the same project), or at the column's end. When
 * the neighbours share a rank or the rank would grow too long, the column is renumbered (the rare
 * fallback; the normal path changes the moving item's rank only). `endRank` is the end of the column
 * already computed by a transition.
 */
export async function rankForMove(
  tx: WorkItemsTx,
  args: {
    item: WorkItem;
    targetStateId: string;
    beforeId: string | null;
    afterId: string | null;
    endRank: string | null;
  },
): Promise<string> {
  const { item, targetStateId, beforeId, afterId } = args;
  const before = beforeId ? await neighbour(tx, item, targetStateId, beforeId, 'input.beforeId') : null;
  const after = afterId ? await neighbour(tx, item, targetStateId, afterId, 'input.afterId') : null;
  if (before && after && !boardOrderBefore(after, before)) {
    throw badInput('input.afterId', 'afterId must come before beforeId in the column.');
  }

  let rank: string | null;
  if (before || after) {
    const previous = after
      ? after.rank
      : ((await adjacent(tx, { stateId: targetStateId, itemId: item.id, of: before!, direction: 'before' }))?.rank ??
        null);
    const next = before
      ? before.rank
      : ((await adjacent(tx, { stateId: targetStateId, itemId: item.id, of: after!, direction: 'after' }))?.rank ??
        null);
    // Already there: nothing to rewrite.
    if (item.stateId === targetStateId && isStrictlyBetween(item.rank, previous, next)) return item.rank;
    rank = rankBetweenNeighbours(previous, next);
  } else if (args.endRank !== null) {
    rank = args.endRank.length > maxRankLength ? null : args.endRank;
  } else {
    const { rank: last } = parseRow(
      'lastRankOfColumnWithout',
      MaxRankRow,
      await tx.$queryRaw`
        SELECT max(rank) AS rank FROM work_item
        WHERE project_id = ${item.projectId}::uuid AND state_id = ${targetStateId}::uuid AND id <> ${item.id}::uuid`,
    );
    if (item.stateId === targetStateId && (last === null || item.rank > last)) return item.rank;
    rank = rankBetweenNeighbours(last, null);
  }
  return rank ?? renumberColumn(tx, { item, targetStateId, afterId: after?.id ?? null, beforeId: before?.id ?? null });
}

/** Spreads the column's ranks evenly with the item in its new place; returns the item's rank. */
async function renumberColumn(
  tx: WorkItemsTx,
  args: { item: WorkItem; targetStateId: string; afterId: string | null; beforeId: string | null },
): Promise<string> {
  const rows = parseRows(
    'columnInBoardOrder',
    IdRow,
    await tx.$queryRaw`
      SELECT id::text AS id FROM work_item WHERE state_id = ${args.targetStateId}::uuid ORDER BY rank, id`,
  );
  const order = placeInColumn(
    rows.map((row) => row.id),
    args.item.id,
    args,
  );
  const ranks = spreadRanks(order.length);
  const others = order.flatMap((id, i) => (id === args.item.id ? [] : [{ id, rank: ranks[i]! }]));
  await rewriteRanks(
    tx,
    others.map((o) => o.id),
    others.map((o) => o.rank),
  );
  return ranks[order.indexOf(args.item.id)]!;
}
