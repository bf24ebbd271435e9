import type { WorkItemsPrisma } from '../db';
import type { ProjectSettings, WorkItem } from '../generated/prisma/client';

/** The projects this service knows with a key, in one organization when given (keys are unique per organization). */
export function projectsWithKey(db: WorkItemsPrisma, key: string, organizationId?: string): Promise<ProjectSettings[]> {
  return db.projectSettings.findMany({ where: { key, ...(organizationId ? { organizationId } : {}) } });
}

/** A project's item by its number, or null. */
export function workItemByNumber(db: WorkItemsPrisma, projectId: string, number: number): Promise<WorkItem | null> {
  return db.workItem.findUnique({ where: { projectId_number: { projectId, number } } });
}
