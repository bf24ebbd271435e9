import { forbidden, notFound, unauthenticated } from '../errors';
import { projectRoleAtLeast, type ProjectRole } from '../roles';
import type { RequestIdentity } from '../viewer';
import type { createProjectAccessLoader } from './project-access-loader';

/** What a subgraph that does not own projects needs to check a viewer's project role. */
export interface ProjectAccessContext {
  identity: RequestIdentity;
  loaders: { projectAccess: ReturnType<typeof createProjectAccessLoader> };
}

export interface ProjectInContext {
  projectId: string;
  organizationId: string;
  role: ProjectRole;
  archived: boolean;
}

/** FORBIDDEN unless `role` is at least `required`, saying so when the project's archive is why. */
export function requireProjectRole(role: ProjectRole, required: ProjectRole, archived = false): void {
  if (projectRoleAtLeast(role, required)) return;
  if (archived) {
    throw forbidden(
      'The project is archived: its work can be read, and changed again once a project ADMIN restores it.',
    );
  }
  throw forbidden(`This requires the ${required} role in the project.`);
}

/** A project the viewer can read. A missing project and one the viewer may not see give the same NOT_FOUND. */
export async function readableProject(context: ProjectAccessContext, projectId: string): Promise<ProjectInContext> {
  const userId = context.identity.viewer?.userId;
  if (!userId) throw unauthenticated();
  const access = await context.loaders.projectAccess.load({ projectId, userId });
  if (!access?.role) throw notFound('Project');
  return { projectId, organizationId: access.organizationId, role: access.role, archived: access.archived };
}

/** As readableProject, and FORBIDDEN unless the viewer's role is at least `required`. */
export async function projectWithRole(
  context: ProjectAccessContext,
  projectId: string,
  required: ProjectRole,
): Promise<ProjectInContext> {
  const found = await readableProject(context, projectId);
  requireProjectRole(found.role, required, found.archived);
  return found;
}
