import { badInput } from '../../../lib/errors';
import { readModelFieldsOf } from '../../../lib/events/work-item-read-model';
import { uuidPattern } from '../../../lib/ids';
import { workItemSnapshot, type SnapshotRow } from '../events/work-item-snapshot';
import type { Resolvers, WorkItemSnapshot } from '../generated/resolvers-types';
import { maxBulkItems } from '../validation';

type Row = SnapshotRow & { stateCategory: string; organizationId: string; updatedAt: Date };

/** Other services' lookup of items they have not heard of by events yet (shield lets only services call it). */
export const snapshotResolvers: Resolvers = {
  Query: {
    workItemSnapshots: async (_parent, { ids }, context) => {
      if (ids.length > maxBulkItems) throw badInput('ids', `At most ${maxBulkItems} items at once.`);
      ids.forEach((id, index) => {
        if (!uuidPattern.test(id)) throw badInput(`ids.${index}`, 'Not a work item uuid.');
      });
      const rows = await context.prisma.$queryRaw<Row[]>`
        SELECT w.id::text AS id, w.project_id::text AS "projectId", w.number, w.title, w.type,
          w.state_id::text AS "stateId", w.assignee_id::text AS "assigneeId", w.reporter_id::text AS "reporterId",
          w.estimate, w.parent_id::text AS "parentId", w.archived_at AS "archivedAt", w.version,
          w.updated_at AS "updatedAt", ps.key AS "projectKey", s.category AS "stateCategory",
          ps.organization_id::text AS "organizationId"
        FROM work_item w
        JOIN workflow_state s ON s.id = w.state_id
        JOIN project_settings ps ON ps.project_id = w.project_id
        WHERE w.id = ANY(${[...new Set(ids)]}::uuid[])`;
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id): WorkItemSnapshot | null => {
        const row = byId.get(id);
        if (!row) return null;
        return {
          ...readModelFieldsOf(workItemSnapshot(row, row.stateCategory)),
          organizationId: row.organizationId,
          updatedAt: row.updatedAt,
        };
      });
    },
  },
};
