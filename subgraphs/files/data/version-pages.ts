import { sqltag as sql } from '@prisma/client/runtime/client';
import { ParentCountRow, countsOf } from '../../../lib/db/batched-pages';
import { parseRows } from '../../../lib/db/parse-rows';
import { inDirections, type Direction } from '../../../lib/keyset';
import type { FilesPrisma } from '../db';
import { PageIndex } from './page-index';
import { FileVersionRow } from './rows';

/**
 * One page of a file's versions (newest first), at most `take` beyond version `fromNumber` walking in
 * `direction`: DESC for `after`, ASC for `before`.
 */
export interface VersionPageRequest {
  fileId: string;
  fromNumber: number;
  take: number;
  direction: Direction;
}

export const versionPageKey = (r: VersionPageRequest) => `${r.fileId}:${r.fromNumber}:${r.take}:${r.direction}`;

const VersionPageRow = FileVersionRow.extend(PageIndex);

/** Pages of many files' versions in one statement, each a range scan of (file_id, number). */
export function versionPages(prisma: FilesPrisma, requests: readonly VersionPageRequest[]) {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'versionPages',
      VersionPageRow,
      await prisma.$queryRaw(sql`
        SELECT req.idx::int AS idx, v.id::text AS id, v.file_id::text AS "fileId", v.number, v.blob_id::text AS "blobId",
               v.file_name AS "fileName", v.created_by::text AS "createdBy", v.created_at AS "createdAt"
        FROM unnest(
          ${group.map((r) => r.fileId)}::uuid[],
          ${group.map((r) => r.fromNumber)}::int[],
          ${group.map((r) => r.take)}::int[]
        ) WITH ORDINALITY AS req(file_id, from_number, take, idx)
        CROSS JOIN LATERAL (
          SELECT * FROM files.file_version v
          WHERE v.file_id = req.file_id AND v.number ${k.compare} req.from_number
          ORDER BY v.number ${k.order}
          LIMIT req.take
        ) v
        ORDER BY req.idx, v.number DESC`),
    );
    const pages = group.map(() => [] as Omit<(typeof rows)[number], 'idx'>[]);
    for (const { idx, ...version } of rows) pages[idx - 1]?.push(version);
    return pages;
  });
}

export async function versionCounts(prisma: FilesPrisma, fileIds: readonly string[]) {
  const rows = parseRows(
    'versionCounts',
    ParentCountRow,
    await prisma.$queryRaw(sql`
      SELECT v.file_id::text AS "parentId", count(*)::int AS count
      FROM files.file_version v WHERE v.file_id = ANY(${[...fileIds]}::uuid[])
      GROUP BY v.file_id`),
  );
  return countsOf(fileIds, rows);
}
