import type { PurgedRows } from '../../../lib/events/purges';
import type { WorkItemsPrisma } from '../db';

/**
 * Deletes everything of a deleted project in one transaction: its items first (their labels, links
 * to items of any project, comments with reactions, worklogs, history and watchers go with them by cascade;
 * parents and children fall in the same statement), then the workflow, labels, custom fields,
 * releases, saved views and settings. No events: every other service purges on `project.deleted`.
 */
export function purgeProject(prisma: WorkItemsPrisma, projectId: string): Promise<PurgedRows> {
  const ofProject = { where: { projectId } };
  return prisma.$transaction(async (tx) => ({
    workItems: (await tx.workItem.deleteMany(ofProject)).count,
    workflowTransitions: (await tx.workflowTransition.deleteMany(ofProject)).count,
    workflowStates: (await tx.workflowState.deleteMany(ofProject)).count,
    labels: (await tx.label.deleteMany(ofProject)).count,
    customFields: (await tx.customField.deleteMany(ofProject)).count,
    releases: (await tx.release.deleteMany(ofProject)).count,
    savedViews: (await tx.savedView.deleteMany(ofProject)).count,
    settings: (await tx.projectSettings.deleteMany(ofProject)).count,
  }));
}
