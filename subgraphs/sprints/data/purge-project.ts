import type { PurgedRows } from '../../../lib/events/purges';
import type { SprintsPrisma } from '../db';

/**
 * Deletes a deleted project's sprints (their items, scope changes and capacities go with them by
 * cascade) and its items in the read model, with their history, in one transaction.
 */
export function purgeProject(prisma: SprintsPrisma, projectId: string): Promise<PurgedRows> {
  const ofProject = { where: { projectId } };
  return prisma.$transaction(async (tx) => ({
    sprints: (await tx.sprint.deleteMany(ofProject)).count,
    workItemHistory: (await tx.workItemHistory.deleteMany(ofProject)).count,
    workItems: (await tx.workItem.deleteMany(ofProject)).count,
  }));
}
