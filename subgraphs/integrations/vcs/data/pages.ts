import { raw, sqltag as sql } from '@prisma/client/runtime/client';
import { z } from 'zod';
import { countsOf, pageRequestsSql, pagesOf, ParentCountRow, type PageRequest } from '../../../../lib/db/batched-pages';
import { parseRows } from '../../../../lib/db/parse-rows';
import type { IntegrationsPrisma } from '../../db';
import type { VcsConnection, VcsLink } from '../../generated/prisma/client';

const PageRow = z.object({ idx: z.number().int(), id: z.string() });

/** The lists this area pages: an item's links, an organization's connections. */
const lists = {
  links: { table: 'vcs_link', parent: 'work_item_id' },
  connections: { table: 'vcs_connection', parent: 'organization_id' },
} as const;
type ListName = keyof typeof lists;

/** Ids of many parents' pages in one statement, each a range scan of (parent, created_at, id). */
async function pageIds(prisma: IntegrationsPrisma, name: ListName, requests: readonly PageRequest[]) {
  const { table, parent } = lists[name];
  return parseRows(
    `vcsPages:${name}`,
    PageRow,
    await prisma.$queryRaw(sql`
      SELECT req.idx::int AS idx, t.id::text AS id
      FROM ${pageRequestsSql(requests)}
      CROSS JOIN LATERAL (
        SELECT t.id, t.created_at FROM integrations.${raw(table)} t
        WHERE t.${raw(parent)} = req.parent_id AND (t.created_at, t.id) > (req.after_time, req.after_id)
        ORDER BY t.created_at, t.id
        LIMIT req.take
      ) t
      ORDER BY req.idx, t.created_at, t.id`),
  );
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
  const rows = await pageIds(prisma, 'links', requests);
  const found = await prisma.vcsLink.findMany({ where: { id: { in: rows.map((row) => row.id) } } });
  const byId = new Map(found.map((row) => [row.id, row]));
  return pagesOf(requests, rows, (row) => byId.get(row.id) ?? null);
}

export async function connectionPages(
  prisma: IntegrationsPrisma,
  requests: readonly PageRequest[],
): Promise<VcsConnection[][]> {
  const rows = await pageIds(prisma, 'connections', requests);
  const found = await prisma.vcsConnection.findMany({ where: { id: { in: rows.map((row) => row.id) } } });
  const byId = new Map(found.map((row) => [row.id, row]));
  return pagesOf(requests, rows, (row) => byId.get(row.id) ?? null);
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
