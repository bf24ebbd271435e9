import { AppError, ErrorCode } from '../../../lib/errors';
import type { WorkItemReadModelFields } from '../../../lib/events/work-item-read-model';
import type { Logger } from '../../../lib/logger';
import type { ServiceClient } from '../../../lib/server/service-client';
import type { SprintsPrisma } from '../db';
import { applyFetchedStates } from './apply-fetched-states';
import type { WorkItemState } from './read-model-writes';

export interface WorkItemLookup {
  /**
   * Makes sure the read model knows these items: those it has not heard of yet (their creation event
   * is still on its way) are fetched from the work-items service by a signed call and recorded.
   * Takes raw uuids; unknown ids stay unknown.
   */
  ensureKnown(workItemIds: readonly string[]): Promise<void>;
  /**
   * Brings these items' rows up to the work-items service's current state (read-your-writes for the
   * figures of record): one signed call per 100 ids, then each newer state is applied as its event
   * would be, items gone from their sprint's reach included. SERVICE_UNAVAILABLE when the service
   * does not answer.
   */
  refresh(workItemIds: readonly string[]): Promise<void>;
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
  /** The items' current states by id; null for items that no longer exist. */
  async function fetchStates(ids: readonly string[]): Promise<Map<string, WorkItemState | null>> {
    const batches = [];
    for (let start = 0; start < ids.length; start += batchSize) batches.push(ids.slice(start, start + batchSize));
    try {
      const answers = await Promise.all(
        batches.map((batch) =>
          workItemsClient.query<{ workItemSnapshots: (Snapshot | null)[] }>(snapshotsQuery, { ids: batch }),
        ),
      );
      const snapshots = answers.flatMap((answer) => answer.workItemSnapshots);
      // A missing entry would read as a deletion: an answer that does not match the question is a failure.
      if (
        snapshots.length !== ids.length ||
        snapshots.some((snapshot, index) => snapshot && snapshot.id !== ids[index])
      ) {
        throw new Error('the snapshots do not match the ids asked for');
      }
      return new Map(ids.map((id, index) => [id, snapshots[index] ? fetchedState(snapshots[index]) : null]));
    } catch (error) {
      logger.error('work-items snapshot call failed', { items: ids.length, error: String(error) });
      throw new AppError(ErrorCode.ServiceUnavailable, 'The work-items service is unavailable: nothing was changed.');
    }
  }

  async function refresh(workItemIds: readonly string[]): Promise<void> {
    const ids = [...new Set(workItemIds)];
    if (!ids.length) return;
    const states = await fetchStates(ids);
    const applied = await applyFetchedStates(prisma, states, new Date());
    logger.debug('work items read from the work-items service', { asked: ids.length, applied });
  }

  return {
    async ensureKnown(workItemIds) {
      const ids = [...new Set(workItemIds)];
      if (!ids.length) return;
      const known = await prisma.workItem.findMany({ where: { id: { in: ids } }, select: { id: true } });
      const knownIds = new Set(known.map((row) => row.id));
      await refresh(ids.filter((id) => !knownIds.has(id)));
    },
    refresh,
  };
}
