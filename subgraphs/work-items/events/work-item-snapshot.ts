import type { WorkItemSnapshot } from '../../../lib/events/envelope';
import type { WorkItemsTx } from '../db';
import type { WorkItem } from '../generated/prisma/client';

/** What an item's events need besides its snapshot. */
export interface EventSubject {
  snapshot: WorkItemSnapshot;
  organizationId: string;
}

export type SnapshotRow = Pick<
  WorkItem,
  | 'id'
  | 'projectId'
  | 'number'
  | 'title'
  | 'type'
  | 'stateId'
  | 'assigneeId'
  | 'reporterId'
  | 'estimate'
  | 'parentId'
  | 'archivedAt'
  | 'version'
> & { projectKey: string };

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
  const rows = await tx.$queryRaw<(SnapshotRow & { stateCategory: string; organizationId: string })[]>`
    SELECT w.id::text AS id, w.project_id::text AS "projectId", w.number, w.title, w.type,
      w.state_id::text AS "stateId", w.assignee_id::text AS "assigneeId", w.reporter_id::text AS "reporterId",
      w.estimate, w.parent_id::text AS "parentId", w.archived_at AS "archivedAt", w.version,
      ps.key AS "projectKey", s.category AS "stateCategory", ps.organization_id::text AS "organizationId"
    FROM work_item w
    JOIN workflow_state s ON s.id = w.state_id
    JOIN project_settings ps ON ps.project_id = w.project_id
    WHERE w.id = ANY(${[...new Set(ids)]}::uuid[])`;
  return new Map(
    rows.map((row) => [
      row.id,
      { snapshot: workItemSnapshot(row, row.stateCategory), organizationId: row.organizationId },
    ]),
  );
}
