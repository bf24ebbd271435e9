import type { WorkItemSnapshot } from '../../../lib/events/envelope';
import type { WorkItemsTx } from '../db';
import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import { WorkItemRow } from '../data/items';
import { Prisma } from '../generated/prisma/client';

/** What an item's events need besides its snapshot. */
export interface EventSubject {
  snapshot: WorkItemSnapshot;
  organizationId: string;
}

/** What a snapshot is made of: the item's columns and its project's key. */
export const SnapshotRow = WorkItemRow.pick({
  id: true,
  projectId: true,
  number: true,
  title: true,
  type: true,
  stateId: true,
  assigneeId: true,
  reporterId: true,
  estimate: true,
  parentId: true,
  archivedAt: true,
  version: true,
}).extend({ projectKey: z.string() });
export type SnapshotRow = z.infer<typeof SnapshotRow>;

/** A snapshot row with the state's category and the project's organization (`snapshotSql`). */
export const SubjectRow = SnapshotRow.extend({ stateCategory: z.string(), organizationId: z.string() });

/**
 * The items of `ids` with what their snapshots and events need (SubjectRow), plus `extraColumns` of
 * `w`: one statement for any number of items.
 */
export function snapshotSql(ids: readonly string[], extraColumns: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    SELECT w.id::text AS id, w.project_id::text AS "projectId", w.number, w.title, w.type,
      w.state_id::text AS "stateId", w.assignee_id::text AS "assigneeId", w.reporter_id::text AS "reporterId",
      w.estimate, w.parent_id::text AS "parentId", w.archived_at AS "archivedAt", w.version${extraColumns},
      ps.key AS "projectKey", s.category AS "stateCategory", ps.organization_id::text AS "organizationId"
    FROM work_items.work_item w
    JOIN work_items.workflow_state s ON s.id = w.state_id
    JOIN work_items.project_settings ps ON ps.project_id = w.project_id
    WHERE w.id = ANY(${[...new Set(ids)]}::uuid[])`;
}

export function workItemSnapshot(row: SnapshotRow, stateCategory: string): WorkItemSnapshot {
  return {
    id: row.id,
    projectId: row.projectId,
    key: `${row.projectKey}-${row.number}`,
    title: row.title,
    type: row.type,
    stateId: row.stateId,
    stateCategory,
    assigneeId: row.assigneeId,
    reporterId: row.reporterId,
    estimate: row.estimate,
    parentId: row.parentId,
    archived: row.archivedAt !== null,
    version: row.version,
  };
}

/**
 * The items as this transaction sees them, with their state's category and their project's key and
 * organization: one statement for any number of items. Items that no longer exist are missing.
 */
export async function eventSubjects(tx: WorkItemsTx, ids: readonly string[]): Promise<Map<string, EventSubject>> {
  if (!ids.length) return new Map();
  const rows = parseRows('eventSubjects', SubjectRow, await tx.$queryRaw(snapshotSql(ids)));
  return new Map(
    rows.map((row) => [
      row.id,
      { snapshot: workItemSnapshot(row, row.stateCategory), organizationId: row.organizationId },
    ]),
  );
}
