import { forbidden, notFound } from '../../../../lib/errors';
import { projectRoleAtLeast, type ProjectRole } from '../../../../lib/roles';
import { viewerIdOf, type WorkItemsContext } from '../../context';

/**
 * The viewer's role in the project of something found by its own ID (a label, comment or field):
 * NOT_FOUND naming that thing when the viewer has no role (so it cannot be told from a missing one),
 * FORBIDDEN when the role is below `required`.
 */
export async function roleInProjectOf(
  context: WorkItemsContext,
  projectId: string,
  required: ProjectRole,
  what: string,
): Promise<ProjectRole> {
  const access = await context.loaders.projectAccess.load({ projectId, userId: viewerIdOf(context) });
  if (!access?.role) throw notFound(what);
  if (!projectRoleAtLeast(access.role, required)) throw forbidden(`This requires the ${required} role in the project.`);
  return access.role;
}
