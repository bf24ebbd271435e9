import { empty, raw, sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { z } from 'zod';
import { ParentCountRow, countsOf, pageRequestKey, type PageRequest } from '../../../lib/db/batched-pages';
import { parseRows } from '../../../lib/db/parse-rows';
import { decodeTimeIdCursor } from '../../../lib/time-id-cursor';
import type { Page } from '../../../lib/relay';
import type { IntegrationsPrisma } from '../db';

/** A list under a parent this subgraph pages: its table, parent column, sort column and direction. */
export interface PagedList {
  table: 'webhook_endpoint' | 'webhook_delivery' | 'webhook_attempt';
  parent: 'organization_id' | 'project_id' | 'endpoint_id' | 'delivery_id';
  time: 'created_at' | 'started_at';
  newestFirst: boolean;
  /** Only rows with this status (deliveries). */
  status?: string | null;
}

export const pagedListKey = (list: PagedList) => JSON.stringify(list);
export { pageRequestKey };

/** A page request whose first page starts before (oldest first) or after (newest first) every row. */
export function pageRequestFor(parentId: string, page: Page, newestFirst: boolean): PageRequest {
  const cursor = decodeTimeIdCursor(page);
  if (cursor) return { parentId, afterTime: cursor.time.toISOString(), afterId: cursor.id, take: page.take };
  return newestFirst
    ? { parentId, afterTime: 'infinity', afterId: 'ffffffff-ffff-ffff-ffff-ffffffffffff', take: page.take }
    : { parentId, afterTime: '-infinity', afterId: '00000000-0000-0000-0000-000000000000', take: page.take };
}

const filterOf = (list: PagedList): Sql => (list.status ? sql`AND t.status = ${list.status}` : empty);

const PageIdRow = z.object({ idx: z.number().int(), id: z.string() });

/**
 * The ids of many parents' pages in one statement, each page one index range scan that stops after
 * its rows; the caller loads the rows by id (one more statement for all pages).
 */
export async function pageIds(prisma: IntegrationsPrisma, list: PagedList, requests: readonly PageRequest[]) {
  const order = list.newestFirst ? raw('DESC') : raw('ASC');
  const compare = list.newestFirst ? raw('<') : raw('>');
  const rows = parseRows(
    `pageIds:${list.table}`,
    PageIdRow,
    await prisma.$queryRaw(sql`
      SELECT req.idx::int AS idx, t.id::text AS id
      FROM unnest(
        ${requests.map((r) => r.parentId)}::uuid[],
        ${requests.map((r) => r.afterTime)}::timestamptz[],
        ${requests.map((r) => r.afterId)}::uuid[],
        ${requests.map((r) => r.take)}::int[]
      ) WITH ORDINALITY AS req(parent_id, after_time, after_id, take, idx)
      CROSS JOIN LATERAL (
        SELECT t.id, t.${raw(list.time)} AS sort_time FROM integrations.${raw(list.table)} t
        WHERE t.${raw(list.parent)} = req.parent_id ${filterOf(list)}
          AND (t.${raw(list.time)}, t.id) ${compare} (req.after_time, req.after_id)
        ORDER BY t.${raw(list.time)} ${order}, t.id ${order}
        LIMIT req.take
      ) t
      ORDER BY req.idx, t.sort_time ${order}, t.id ${order}`),
  );
  const pages: string[][] = requests.map(() => []);
  for (const row of rows) pages[row.idx - 1]?.push(row.id);
  return pages;
}

/** How many rows each parent has in the list, in one statement. */
export async function pageCounts(prisma: IntegrationsPrisma, list: PagedList, parentIds: readonly string[]) {
  const rows = parseRows(
    `pageCounts:${list.table}`,
    ParentCountRow,
    await prisma.$queryRaw(sql`
      SELECT t.${raw(list.parent)}::text AS "parentId", count(*)::int AS count
      FROM integrations.${raw(list.table)} t
      WHERE t.${raw(list.parent)} = ANY(${[...parentIds]}::uuid[]) ${filterOf(list)}
      GROUP BY t.${raw(list.parent)}`),
  );
  return countsOf(parentIds, rows);
}
