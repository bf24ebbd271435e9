import { empty, raw, sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { z } from 'zod';
import {
  ParentCountRow,
  countsOf,
  pageRequestKey,
  pageRequestOf,
  pageRequestsSql,
  pagesOf,
  type PageRequest,
} from '../../../lib/db/batched-pages';
import { inDirections } from '../../../lib/keyset';
import { parseRows } from '../../../lib/db/parse-rows';
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

/** A page request for a list in its order (newest or oldest first), reversed for `last`/`before`. */
export function pageRequestFor(parentId: string, page: Page, newestFirst: boolean): PageRequest {
  return pageRequestOf(parentId, page, '', newestFirst ? 'DESC' : 'ASC');
}

const filterOf = (list: PagedList): Sql => (list.status ? sql`AND t.status = ${list.status}` : empty);

const PageIdRow = z.object({ idx: z.number().int(), id: z.string() });

/**
 * The ids of many parents' pages in one statement, each page one index range scan that stops after
 * its rows; the caller loads the rows by id (one more statement for all pages).
 */
export function pageIds(prisma: IntegrationsPrisma, list: PagedList, requests: readonly PageRequest[]) {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      `pageIds:${list.table}`,
      PageIdRow,
      await prisma.$queryRaw(sql`
        SELECT req.idx::int AS idx, t.id::text AS id
        FROM ${pageRequestsSql(group)}
        CROSS JOIN LATERAL (
          SELECT t.id, t.${raw(list.time)} AS sort_time FROM integrations.${raw(list.table)} t
          WHERE t.${raw(list.parent)} = req.parent_id ${filterOf(list)}
            AND (t.${raw(list.time)}, t.id) ${k.compare} (req.after_time, req.after_id)
          ORDER BY t.${raw(list.time)} ${k.order}, t.id ${k.order}
          LIMIT req.take
        ) t
        ORDER BY req.idx, t.sort_time ${k.order}, t.id ${k.order}`),
    );
    return pagesOf(group, rows, (row) => row.id);
  });
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
