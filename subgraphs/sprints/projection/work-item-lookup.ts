import type { WorkItemReadModelFields } from '../../../lib/events/work-item-read-model';
import type { Logger } from '../../../lib/logger';
import type { ServiceClient } from '../../../lib/server/service-client';
import type { SprintsPrisma } from '../context';
import { insertFetched, type WorkItemState } from './read-model-writes';

export interface WorkItemLookup {
  /**
   * Makes sure the read model knows these items: those it has not heard of yet (their creation event
   * is still on its way) are fetched from the work-items service by a signed call and recorded.
   * Takes raw uuids; unknown ids stay unknown.
   */
  ensureKnown(workItemIds: readonly string[]): Promise<void>;
}

type Snapshot = WorkItemReadModelFields & { organizationId: string; updatedAt: string };

const snapshotsQuery = `
  query ($ids: [ID!]!) {
    workItemSnapshots(ids: $ids) {
      id projectId organizationId key type parentId estimate stateCategory archived version updatedAt
    }
  }`;

/** The work-items service takes this many ids per call. */
const batchSize = 100;

const fetchedState = ({ updatedAt, ...snapshot }: Snapshot): WorkItemState => ({
  ...snapshot,
  deleted: false,
  changedAt: new Date(updatedAt),
});

export function createWorkItemLookup(
  prisma: SprintsPrisma,
  workItemsClient: ServiceClient,
  logger: Logger,
): WorkItemLookup {
  return {
    async ensureKnown(workItemIds) {
      const ids = [...new Set(workItemIds)];
      if (!ids.length) return;
      const known = await prisma.workItem.findMany({ where: { id: { in: ids } }, select: { id: true } });
      const knownIds = new Set(known.map((row) => row.id));
      const missing = ids.filter((id) => !knownIds.has(id));
      for (let start = 0; start < missing.length; start += batchSize) {
        const batch = missing.slice(start, start + batchSize);
        const { workItemSnapshots } = await workItemsClient.query<{ workItemSnapshots: (Snapshot | null)[] }>(
          snapshotsQuery,
          { ids: batch },
        );
        const found = workItemSnapshots.filter((snapshot): snapshot is Snapshot => snapshot !== null);
        const recorded = await insertFetched(prisma, found.map(fetchedState));
        logger.debug('work items fetched for the read model', { asked: batch.length, recorded });
      }
    },
  };
}
