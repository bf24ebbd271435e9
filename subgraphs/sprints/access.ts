import { notFound } from '../../lib/errors';
import type { ProjectRole } from '../../lib/roles';
import { requireProjectRole, type ProjectInContext } from '../../lib/server/project-access';
import { viewerIdOf, type SprintsContext } from './context';
import type { Sprint } from './generated/prisma/client';

export { projectWithRole, readableProject, type ProjectInContext } from '../../lib/server/project-access';

/** A sprint whose project the viewer can read; NOT_FOUND otherwise. */
export async function readableSprint(
  context: SprintsContext,
  sprintId: string,
): Promise<ProjectInContext & { sprint: Sprint }> {
  const sprint = await context.loaders.sprintById.load(sprintId);
  if (!sprint) throw notFound('Sprint');
  const access = await context.loaders.projectAccess.load({ projectId: sprint.projectId, userId: viewerIdOf(context) });
  if (!access?.role) throw notFound('Sprint');
  return {
    sprint,
    projectId: sprint.projectId,
    organizationId: access.organizationId,
    role: access.role,
    archived: access.archived,
  };
}

/** A sprint the viewer may change: project role at least `required`, MEMBER by default. */
export async function sprintWithRole(
  context: SprintsContext,
  sprintId: string,
  required: ProjectRole = 'MEMBER',
): Promise<ProjectInContext & { sprint: Sprint }> {
  const found = await readableSprint(context, sprintId);
  requireProjectRole(found.role, required, found.archived);
  return found;
}

/** Whether a user has any role in the project (capacity members must). */
export async function isProjectMember(context: SprintsContext, projectId: string, userId: string): Promise<boolean> {
  return Boolean((await context.loaders.projectAccess.load({ projectId, userId }))?.role);
}

/** Whether the viewer may read a project, without throwing: for fields of federated references. */
export async function canRead(context: SprintsContext, projectId: string): Promise<boolean> {
  const userId = context.identity.viewer?.userId;
  return userId ? isProjectMember(context, projectId, userId) : false;
}
