import { badInput } from '../../../lib/errors';
import { uuidPattern } from '../../../lib/ids';
import { workItemSnapshotRows, type SnapshotLookupRow } from '../data/work-item-snapshots';
import { workItemSnapshot } from '../events/work-item-snapshot';
import type { Resolvers, WorkItemSnapshot } from '../generated/resolvers-types';
import { maxBulkItems } from '../validation';

/** The GraphQL `WorkItemSnapshot` of a row: the event snapshot's fields, its organization and last change. */
export const snapshotOf = (row: SnapshotLookupRow): WorkItemSnapshot => ({
  ...workItemSnapshot(row),
  createdAt: row.createdAt,
  organizationId: row.organizationId,
  updatedAt: row.updatedAt,
});

/** Other services' lookup of items they have not heard of by events yet (shield lets only services call it). */
export const snapshotResolvers: Resolvers = {
  Query: {
    workItemSnapshots: async (_parent, { ids }, context) => {
      if (ids.length > maxBulkItems) throw badInput('ids', `At most ${maxBulkItems} items at once.`);
      ids.forEach((id, index) => {
        if (!uuidPattern.test(id)) throw badInput(`ids.${index}`, 'Not a work item uuid.');
      });
      const rows = await workItemSnapshotRows(context.prisma, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id): WorkItemSnapshot | null => {
        const row = byId.get(id);
        return row ? snapshotOf(row) : null;
      });
    },
  },
};
