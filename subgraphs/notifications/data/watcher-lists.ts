import { z } from 'zod';
import { countsOf, pageRequestsSql, pagesOf, ParentCountRow, type PageRequest } from '../../../lib/db/batched-pages';
import { inDirections } from '../../../lib/keyset';
import { parseRows } from '../../../lib/db/parse-rows';
import type { Watcher } from '../generated/prisma/client';
import type { NotificationsDb as Db } from './client';

const WatcherPageRow = z.object({
  idx: z.number().int(),
  workItemId: z.string(),
  userId: z.string(),
  watching: z.boolean(),
  reason: z.string(),
  updatedAt: z.date(),
  version: z.number().int(),
});

/**
 * One page of current watchers per request (parent = work item), by (updated_at, user_id), in one
 * statement: each page is a range of watcher_work_item_id_updated_at_user_id_idx.
 */
export async function watcherPages(db: Db, requests: readonly PageRequest[]): Promise<Watcher[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'watcherPages',
      WatcherPageRow,
      await db.$queryRaw`
        SELECT req.idx::int AS idx, w.work_item_id::text AS "workItemId", w.user_id::text AS "userId", w.watching,
          w.reason, w.updated_at AS "updatedAt", w.version
        FROM ${pageRequestsSql(group)}
        CROSS JOIN LATERAL (
          SELECT * FROM notifications.watcher x
          WHERE x.work_item_id = req.parent_id AND x.watching AND (x.updated_at, x.user_id) ${k.compare} (req.after_time, req.after_id)
          ORDER BY x.updated_at ${k.order}, x.user_id ${k.order}
          LIMIT req.take
        ) w
        ORDER BY req.idx, w.updated_at ${k.order}, w.user_id ${k.order}`,
    );
    return pagesOf(group, rows, ({ idx: _idx, ...watcher }) => watcher);
  });
}

/** How many people watch each item, in one statement. */
export async function watcherCounts(db: Db, workItemIds: readonly string[]): Promise<number[]> {
  const rows = parseRows(
    'watcherCounts',
    ParentCountRow,
    await db.$queryRaw`
      SELECT work_item_id::text AS "parentId", count(*)::int AS count FROM notifications.watcher
      WHERE work_item_id = ANY(${[...workItemIds]}::uuid[]) AND watching
      GROUP BY work_item_id`,
  );
  return countsOf(workItemIds, rows);
}
