import { empty, raw, sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import type { z } from 'zod';
import { ParentCountRow, countsOf, pageRequestsSql, pagesOf, type PageRequest } from '../../../lib/db/batched-pages';
import { inDirections } from '../../../lib/keyset';
import { parseRows } from '../../../lib/db/parse-rows';
import type { FilesPrisma } from '../db';
import { FileRow, LinkAttachmentRow, fileColumns, linkColumns } from './rows';
import { PageIndex } from './page-index';

/** Which files of a target a page lists: its kind, whether deleted ones are in, and tags every file must carry. */
export interface FileListVariant {
  targetKind: 'WORK_ITEM' | 'COMMENT' | 'PROJECT';
  includeDeleted: boolean;
  tags: readonly string[];
}

/**
 * What is listed under a target (files or links), read as `t`: the table, its columns under the row
 * schema's names, what else a listed row satisfies, and the query names its rows are parsed under.
 */
interface TargetList<Row> {
  queryName: 'file' | 'link';
  table: Sql;
  columns: string;
  filter: Sql;
  pageRow: z.ZodType<Row & { idx: number }>;
}

const FilePageRow = FileRow.extend(PageIndex);
const LinkPageRow = LinkAttachmentRow.extend(PageIndex);

const fileList = (variant: FileListVariant) => ({
  queryName: 'file' as const,
  table: sql`files.file`,
  columns: fileColumns('t'),
  filter: sql`t.target_kind = ${variant.targetKind}
    ${variant.includeDeleted ? empty : sql`AND t.deleted_at IS NULL`}
    ${variant.tags.length ? sql`AND t.tags @> ${[...variant.tags]}::text[]` : empty}`,
  pageRow: FilePageRow,
});

const linkList = (targetKind: string) => ({
  queryName: 'link' as const,
  table: sql`files.link_attachment`,
  columns: linkColumns('t'),
  filter: sql`t.target_kind = ${targetKind}`,
  pageRow: LinkPageRow,
});

/** Pages under many targets in one statement, each an index range scan (created_at, id) that stops after its rows. */
async function targetPages<Row>(prisma: FilesPrisma, list: TargetList<Row>, requests: readonly PageRequest[]) {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      `${list.queryName}Pages`,
      list.pageRow,
      await prisma.$queryRaw(sql`
        SELECT req.idx::int AS idx, ${raw(list.columns)}
        FROM ${pageRequestsSql(group)}
        CROSS JOIN LATERAL (
          SELECT * FROM ${list.table} t
          WHERE t.target_id = req.parent_id AND ${list.filter}
            AND (t.created_at, t.id) ${k.compare} (req.after_time, req.after_id)
          ORDER BY t.created_at ${k.order}, t.id ${k.order}
          LIMIT req.take
        ) t
        ORDER BY req.idx, t.created_at ${k.order}, t.id ${k.order}`),
    );
    return pagesOf(group, rows, ({ idx: _idx, ...row }) => row);
  });
}

/** How many rows each target lists, in one statement. */
async function targetCounts<Row>(prisma: FilesPrisma, list: TargetList<Row>, targetIds: readonly string[]) {
  const rows = parseRows(
    `${list.queryName}Counts`,
    ParentCountRow,
    await prisma.$queryRaw(sql`
      SELECT t.target_id::text AS "parentId", count(*)::int AS count
      FROM ${list.table} t
      WHERE t.target_id = ANY(${[...targetIds]}::uuid[]) AND ${list.filter}
      GROUP BY t.target_id`),
  );
  return countsOf(targetIds, rows);
}

/** Pages of files under many targets of one kind. */
export const filePages = (prisma: FilesPrisma, variant: FileListVariant, requests: readonly PageRequest[]) =>
  targetPages(prisma, fileList(variant), requests);

export const fileCounts = (prisma: FilesPrisma, variant: FileListVariant, targetIds: readonly string[]) =>
  targetCounts(prisma, fileList(variant), targetIds);

/** Pages of link attachments under many targets of one kind. */
export const linkPages = (prisma: FilesPrisma, targetKind: string, requests: readonly PageRequest[]) =>
  targetPages(prisma, linkList(targetKind), requests);

export const linkCounts = (prisma: FilesPrisma, targetKind: string, targetIds: readonly string[]) =>
  targetCounts(prisma, linkList(targetKind), targetIds);
