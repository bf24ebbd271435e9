import { toGlobalId } from '../../../../lib/ids';
import type { ProjectRole } from '../../../../lib/roles';
import { projectWithRole } from '../../access';
import type { WorkItemsContext } from '../../context';
import {
  bulkDeleteWorkItems,
  bulkSetArchived,
  type BulkLifecycleInput,
  type BulkLifecycleResult,
} from '../../data/bulk-lifecycle';
import type { Actor } from '../../data/actor';
import type { WorkItemsTx } from '../../db';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { maxBulkLifecycleItems } from '../../validation';
import { actorOf } from '../input';
import { failureOf, failuresInOrder, parseBulkIds, projectOfItems } from './bulk-items';

type Operation = (tx: WorkItemsTx, actor: Actor, input: BulkLifecycleInput) => Promise<BulkLifecycleResult>;

/**
 * Runs a bulk archive, restore or delete: ids parsed, one project read with the role it needs, one
 * transaction. The changed items' IDs in input order, and the failures (always empty when atomic).
 */
async function runBulk(
  context: WorkItemsContext,
  input: { ids: readonly string[]; atomic?: boolean | null },
  role: ProjectRole,
  operation: Operation,
) {
  const ids = parseBulkIds(input.ids, maxBulkLifecycleItems);
  const atomic = input.atomic !== false;
  const { projectId, items, missing } = await projectOfItems(context, ids, atomic);
  if (!projectId) return { changedIds: [], failures: missing.map(failureOf) };
  await projectWithRole(context, projectId, role);
  const actor = actorOf(context);
  const result = await context.prisma.$transaction((tx) => operation(tx, actor, { items, atomic }));
  forgetAfterWrite(context.loaders);
  const changed = new Set(result.changed);
  return {
    changedIds: ids.filter((id) => changed.has(id)).map((id) => toGlobalId('WorkItem', id)),
    failures: failuresInOrder(missing, result.failures).map(failureOf),
  };
}

export const bulkLifecycleMutations: MutationResolvers = {
  bulkArchiveWorkItems: async (_parent, { input }, context) => {
    const { changedIds, failures } = await runBulk(context, input, 'MEMBER', (tx, actor, items) =>
      bulkSetArchived(tx, actor, { ...items, archived: true }),
    );
    return { archivedWorkItemIds: changedIds, failures };
  },

  bulkRestoreWorkItems: async (_parent, { input }, context) => {
    const { changedIds, failures } = await runBulk(context, input, 'MEMBER', (tx, actor, items) =>
      bulkSetArchived(tx, actor, { ...items, archived: false }),
    );
    return { restoredWorkItemIds: changedIds, failures };
  },

  bulkDeleteWorkItems: async (_parent, { input }, context) => {
    const { changedIds, failures } = await runBulk(context, input, 'ADMIN', bulkDeleteWorkItems);
    return { deletedWorkItemIds: changedIds, failures };
  },
};
