import { forbidden, notFound } from '../../lib/errors';
import { projectRoleAtLeast, type ProjectRole } from '../../lib/roles';
import { viewerIdOf, type AnalyticsContext } from './context';

export interface ProjectInContext {
  projectId: string;
  organizationId: string;
  role: ProjectRole;
}

/** A project the viewer can read. A missing project and one the viewer may not see give the same NOT_FOUND. */
export async function readableProject(context: AnalyticsContext, projectId: string): Promise<ProjectInContext> {
  const access = await context.loaders.projectAccess.load({ projectId, userId: viewerIdOf(context) });
  if (!access?.role) throw notFound('Project');
  return { projectId, organizationId: access.organizationId, role: access.role };
}

/** As readableProject, and FORBIDDEN unless the viewer's role is at least `required`. */
export async function projectWithRole(
  context: AnalyticsContext,
  projectId: string,
  required: ProjectRole,
): Promise<ProjectInContext> {
  const found = await readableProject(context, projectId);
  if (!projectRoleAtLeast(found.role, required)) {
    throw forbidden(`This requires the ${required} role in the project.`);
  }
  return found;
}

/** Of these projects, those the viewer can read, in one batch. */
export async function readableProjectIds(context: AnalyticsContext, projectIds: readonly string[]): Promise<string[]> {
  const userId = viewerIdOf(context);
  const access = await context.loaders.projectAccess.loadMany(projectIds.map((projectId) => ({ projectId, userId })));
  return projectIds.filter((_, i) => {
    const answer = access[i];
    // An unreachable projects service is an outage, not "no access": let it fail the field.
    if (answer instanceof Error) throw answer;
    return Boolean(answer?.role);
  });
}
