import { empty, raw, sqltag as sql } from '@prisma/client/runtime/client';
import { ParentCountRow, countsOf, pageRequestsSql, pagesOf, type PageRequest } from '../../../lib/db/batched-pages';
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

const variantFilter = (variant: FileListVariant) =>
  sql`f.target_kind = ${variant.targetKind}
    ${variant.includeDeleted ? empty : sql`AND f.deleted_at IS NULL`}
    ${variant.tags.length ? sql`AND f.tags @> ${[...variant.tags]}::text[]` : empty}`;

const FilePageRow = FileRow.extend(PageIndex);

/** Pages of files under many targets of one kind in one statement, each an index range scan (created_at, id). */
export async function filePages(prisma: FilesPrisma, variant: FileListVariant, requests: readonly PageRequest[]) {
  const rows = parseRows(
    'filePages',
    FilePageRow,
    await prisma.$queryRaw(sql`
      SELECT req.idx::int AS idx, ${raw(fileColumns('f'))}
      FROM ${pageRequestsSql(requests)}
      CROSS JOIN LATERAL (
        SELECT * FROM files.file f
        WHERE f.target_id = req.parent_id AND ${variantFilter(variant)}
          AND (f.created_at, f.id) > (req.after_time, req.after_id)
        ORDER BY f.created_at, f.id
        LIMIT req.take
      ) f
      ORDER BY req.idx, f.created_at, f.id`),
  );
  return pagesOf(requests, rows, ({ idx: _idx, ...file }) => file);
}

/** How many files each target lists, in one statement. */
export async function fileCounts(prisma: FilesPrisma, variant: FileListVariant, targetIds: readonly string[]) {
  const rows = parseRows(
    'fileCounts',
    ParentCountRow,
    await prisma.$queryRaw(sql`
      SELECT f.target_id::text AS "parentId", count(*)::int AS count
      FROM files.file f
      WHERE f.target_id = ANY(${[...targetIds]}::uuid[]) AND ${variantFilter(variant)}
      GROUP BY f.target_id`),
  );
  return countsOf(targetIds, rows);
}

const LinkPageRow = LinkAttachmentRow.extend(PageIndex);

/** Pages of link attachments under many targets of one kind in one statement. */
export async function linkPages(prisma: FilesPrisma, targetKind: string, requests: readonly PageRequest[]) {
  const rows = parseRows(
    'linkPages',
    LinkPageRow,
    await prisma.$queryRaw(sql`
      SELECT req.idx::int AS idx, ${raw(linkColumns('l'))}
      FROM ${pageRequestsSql(requests)}
      CROSS JOIN LATERAL (
        SELECT * FROM files.link_attachment l
        WHERE l.target_kind = ${targetKind} AND l.target_id = req.parent_id
          AND (l.created_at, l.id) > (req.after_time, req.after_id)
        ORDER BY l.created_at, l.id
        LIMIT req.take
      ) l
      ORDER BY req.idx, l.created_at, l.id`),
  );
  return pagesOf(requests, rows, ({ idx: _idx, ...link }) => link);
}

export async function linkCounts(prisma: FilesPrisma, targetKind: string, targetIds: readonly string[]) {
  const rows = parseRows(
    'linkCounts',
    ParentCountRow,
    await prisma.$queryRaw(sql`
      SELECT l.target_id::text AS "parentId", count(*)::int AS count
      FROM files.link_attachment l
      WHERE l.target_kind = ${targetKind} AND l.target_id = ANY(${[...targetIds]}::uuid[])
      GROUP BY l.target_id`),
  );
  return countsOf(targetIds, rows);
}
