import type { WorkItemSnapshot } from '../../../lib/events/envelope';
import type { WorkItemsTx } from '../db';
import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import { WorkItemRow } from '../data/items';
import { Prisma } from '../generated/prisma/client';

/** What an item's events need besides its snapshot. */
export interface EventSubject {
  snapshot: Required<WorkItemSnapshot>;
  organizationId: string;
}

/** What a snapshot is made of: the item's columns, its state's name and category, its labels and its project's key. */
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
  createdAt: true,
}).extend({
  projectKey: z.string(),
  stateName: z.string(),
  stateCategory: z.string(),
  /** Sorted. */
  labelIds: z.array(z.string()),
});
export type SnapshotRow = z.infer<typeof SnapshotRow>;

/** A snapshot row with the project's organization (`snapshotSql`). */
export const SubjectRow = SnapshotRow.extend({ organizationId: z.string() });

/**
 * `SELECT … FROM` the items (aliased `w`) with what their snapshots and events need (SubjectRow),
 * plus `extraColumns` of `w`; the caller adds the WHERE clause. The labels come from a correlated
 * subquery on `work_item_label`'s primary key (work_item_id, label_id), so the ids come sorted out of
 * the index, and the statement stays one for any number of items.
 */
export function snapshotSelectSql(extraColumns: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    SELECT w.id::text AS id, w.project_id::text AS "projectId", w.number, w.title, w.type,
      w.state_id::text AS "stateId", w.assignee_id::text AS "assigneeId", w.reporter_id::text AS "reporterId",
      w.estimate, w.parent_id::text AS "parentId", w.archived_at AS "archivedAt", w.version,
      w.created_at AS "createdAt"${extraColumns},
      ARRAY(SELECT wl.label_id::text FROM work_items.work_item_label wl WHERE wl.work_item_id = w.id
        ORDER BY wl.label_id) AS "labelIds",
      ps.key AS "projectKey", s.name AS "stateName", s.category AS "stateCategory",
      ps.organization_id::text AS "organizationId"
    FROM work_items.work_item w
    JOIN work_items.workflow_state s ON s.id = w.state_id
    JOIN work_items.project_settings ps ON ps.project_id = w.project_id`;
}

/**
 * The items of `ids` with what their snapshots and events need (SubjectRow), plus `extraColumns` of
 * `w`: one statement for any number of items.
 */
export function snapshotSql(ids: readonly string[], extraColumns: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`${snapshotSelectSql(extraColumns)}
    WHERE w.id = ANY(${[...new Set(ids)]}::uuid[])`;
}

/** The snapshot events carry (and the service-only queries answer); every field set. */
export function workItemSnapshot(row: SnapshotRow): Required<WorkItemSnapshot> {
  return {
    id: row.id,
    projectId: row.projectId,
    key: `${row.projectKey}-${row.number}`,
    title: row.title,
    type: row.type,
    stateId: row.stateId,
    stateCategory: row.stateCategory,
    assigneeId: row.assigneeId,
    reporterId: row.reporterId,
    estimate: row.estimate,
    parentId: row.parentId,
    archived: row.archivedAt !== null,
    version: row.version,
    stateName: row.stateName,
    labelIds: row.labelIds,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The items as this transaction sees them, with their state's name and category, their labels and
 * their project's key and organization: one statement for any number of items. Items that no longer
 * exist are missing.
 */
export async function eventSubjects(tx: WorkItemsTx, ids: readonly string[]): Promise<Map<string, EventSubject>> {
  if (!ids.length) return new Map();
  const rows = parseRows('eventSubjects', SubjectRow, await tx.$queryRaw(snapshotSql(ids)));
  return new Map(rows.map((row) => [row.id, { snapshot: workItemSnapshot(row), organizationId: row.organizationId }]));
}
