import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { WorkItemsPrisma } from '../db';
import { snapshotSql, SubjectRow } from '../events/work-item-snapshot';
import { Prisma } from '../generated/prisma/client';

/** A snapshot row with the time of the item's last change. */
export const SnapshotLookupRow = SubjectRow.extend({ updatedAt: z.date() });
export type SnapshotLookupRow = z.infer<typeof SnapshotLookupRow>;

/** The items of these uuids as other services' read models see them (one statement); missing ones left out. */
export async function workItemSnapshotRows(db: WorkItemsPrisma, ids: readonly string[]): Promise<SnapshotLookupRow[]> {
  const sql = snapshotSql(ids, Prisma.sql`, w.updated_at AS "updatedAt"`);
  return parseRows('workItemSnapshotRows', SnapshotLookupRow, await db.$queryRaw(sql));
}
