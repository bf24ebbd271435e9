import { raw, sqltag as sql } from '@prisma/client/runtime/client';
import { z } from 'zod';
import { countsOf, pageRequestsSql, pagesOf, ParentCountRow, type PageRequest } from '../../../../lib/db/batched-pages';
import { parseRows } from '../../../../lib/db/parse-rows';
import { inDirections } from '../../../../lib/keyset';
import type { IntegrationsPrisma } from '../../db';
import type { VcsConnection, VcsLink } from '../../generated/prisma/client';

const PageRow = z.object({ idx: z.number().int(), id: z.string() });

/** The lists this area pages: an item's links, an organization's connections. */
const lists = {
  links: { table: 'vcs_link', parent: 'work_item_id' },
  connections: { table: 'vcs_connection', parent: 'organization_id' },
} as const;
type ListName = keyof typeof lists;

/** Ids of many parents' pages, a statement per direction, each page a range scan of (parent, created_at, id). */
function pageIds(prisma: IntegrationsPrisma, name: ListName, requests: readonly PageRequest[]): Promise<string[][]> {
  const { table, parent } = lists[name];
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      `vcsPages:${name}`,
      PageRow,
      await prisma.$queryRaw(sql`
        SELECT req.idx::int AS idx, t.id::text AS id
        FROM ${pageRequestsSql(group)}
        CROSS JOIN LATERAL (
          SELECT t.id, t.created_at FROM integrations.${raw(table)} t
          WHERE t.${raw(parent)} = req.parent_id AND (t.created_at, t.id) ${k.compare} (req.after_time, req.after_id)
          ORDER BY t.created_at ${k.order}, t.id ${k.order}
          LIMIT req.take
        ) t
        ORDER BY req.idx, t.created_at ${k.order}, t.id ${k.order}`),
    );
    return pagesOf(group, rows, (row) => row.id);
  });
}

/** Each page's rows, loaded by id in one statement, in page order. */
function rowsOfPages<T extends { id: string }>(pages: string[][], found: readonly T[]): T[][] {
  const byId = new Map(found.map((row) => [row.id, row]));
  return pages.map((ids) => ids.flatMap((id) => byId.get(id) ?? []));
}

/** How many rows each parent has in a list, in one statement. */
export async function pageCounts(prisma: IntegrationsPrisma, name: ListName, parentIds: readonly string[]) {
  const { table, parent } = lists[name];
  const rows = parseRows(
    `vcsCounts:${name}`,
    ParentCountRow,
    await prisma.$queryRaw(sql`
      SELECT t.${raw(parent)}::text AS "parentId", count(*)::int AS count FROM integrations.${raw(table)} t
      WHERE t.${raw(parent)} = ANY(${[...parentIds]}::uuid[]) GROUP BY t.${raw(parent)}`),
  );
  return countsOf(parentIds, rows);
}

export async function linkPages(prisma: IntegrationsPrisma, requests: readonly PageRequest[]): Promise<VcsLink[][]> {
  const pages = await pageIds(prisma, 'links', requests);
  return rowsOfPages(pages, await prisma.vcsLink.findMany({ where: { id: { in: pages.flat() } } }));
}

export async function connectionPages(
  prisma: IntegrationsPrisma,
  requests: readonly PageRequest[],
): Promise<VcsConnection[][]> {
  const pages = await pageIds(prisma, 'connections', requests);
  return rowsOfPages(pages, await prisma.vcsConnection.findMany({ where: { id: { in: pages.flat() } } }));
}

/** The pull request links behind link attachments (one statement); null for other attachments. */
export async function pullRequestsByAttachment(prisma: IntegrationsPrisma, attachmentIds: readonly string[]) {
  const rows = await prisma.vcsLink.findMany({
    where: { linkAttachmentId: { in: [...attachmentIds] }, kind: 'PULL_REQUEST' },
  });
  const found = new Map(rows.map((row) => [row.linkAttachmentId, row]));
  return attachmentIds.map((id) => found.get(id) ?? null);
}

/** The project of each item that has links (the first link says it); null for items without links. */
export async function projectsOfLinkedItems(prisma: IntegrationsPrisma, workItemIds: readonly string[]) {
  const rows = await prisma.vcsLink.findMany({
    where: { workItemId: { in: [...workItemIds] } },
    distinct: ['workItemId'],
    select: { workItemId: true, projectId: true },
  });
  const found = new Map(rows.map((row) => [row.workItemId, row.projectId]));
  return workItemIds.map((id) => found.get(id) ?? null);
}
