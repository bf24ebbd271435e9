import { notFound } from '../../lib/errors';
import type { ProjectRole } from '../../lib/roles';
import { requireProjectRole } from '../../lib/server/project-access';
import { viewerIdOf, type WorkItemsContext } from './context';
import { ensureProjectSettings } from './data/default-project';
import type { ProjectConfigSettings } from './data/project-reads';
import type { WorkItem } from './generated/prisma/client';

export interface ProjectInContext {
  settings: ProjectConfigSettings;
  role: ProjectRole;
  archived: boolean;
}

/**
 * A project the viewer can read, with this service's settings for it (created with the default
 * workflow on first use). A missing project and one the viewer may not see give the same NOT_FOUND.
 */
export async function readableProject(context: WorkItemsContext, projectId: string): Promise<ProjectInContext> {
  const access = await context.loaders.projectAccess.load({ projectId, userId: viewerIdOf(context) });
  if (!access?.role) throw notFound('Project');
  let settings = await context.loaders.projectSettings.load(projectId);
  if (!settings) {
    await ensureProjectSettings(context.prisma, {
      projectId,
      organizationId: access.organizationId,
      key: access.projectKey,
    });
    // A read racing the creation may have cached the project's empty workflow.
    await context.projectConfigChanged(projectId);
    settings = await context.loaders.projectSettings.clear(projectId).load(projectId);
    if (!settings) throw notFound('Project');
  }
  return { settings, role: access.role, archived: access.archived };
}

/** As readableProject, and FORBIDDEN unless the viewer's role is at least `required`. */
export async function projectWithRole(
  context: WorkItemsContext,
  projectId: string,
  required: ProjectRole,
): Promise<ProjectInContext> {
  const found = await readableProject(context, projectId);
  requireProjectRole(found.role, required, found.archived);
  return found;
}

/** A work item whose project the viewer can read; NOT_FOUND otherwise. */
export async function readableWorkItem(
  context: WorkItemsContext,
  workItemId: string,
): Promise<ProjectInContext & { item: WorkItem }> {
  const item = await context.loaders.workItemById.load(workItemId);
  if (!item) throw notFound('Work item');
  const access = await context.loaders.projectAccess.load({ projectId: item.projectId, userId: viewerIdOf(context) });
  if (!access?.role) throw notFound('Work item');
  return { item, ...(await readableProject(context, item.projectId)) };
}

/** A work item the viewer may change (project role at least `required`, MEMBER by default). */
export async function workItemWithRole(
  context: WorkItemsContext,
  workItemId: string,
  required: ProjectRole = 'MEMBER',
): Promise<ProjectInContext & { item: WorkItem }> {
  const found = await readableWorkItem(context, workItemId);
  requireProjectRole(found.role, required, found.archived);
  return found;
}

/** Whether a user has any role in the project (assignees, mentions and USER field values must). */
export async function isProjectMember(context: WorkItemsContext, projectId: string, userId: string): Promise<boolean> {
  return Boolean((await context.loaders.projectAccess.load({ projectId, userId }))?.role);
}

/** Whether the viewer may read a project, without throwing: for filtering lists of related items. */
export async function canRead(context: WorkItemsContext, projectId: string): Promise<boolean> {
  const userId = context.identity.viewer?.userId;
  return userId ? isProjectMember(context, projectId, userId) : false;
}
