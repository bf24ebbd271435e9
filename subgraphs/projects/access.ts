import { forbidden, notFound } from '../../lib/errors';
import { viewerIdOf, type ProjectsContext } from './context';
import type { Project, Team } from './generated/prisma/client';
import { organizationRoleAtLeast, projectRoleAtLeast, type OrganizationRole, type ProjectRole } from '../../lib/roles';

/**
 * A project the viewer has a role in. A missing project and one the viewer may not see give the
 * same NOT_FOUND, so IDs cannot be probed.
 */
export async function visibleProject(
  context: ProjectsContext,
  projectId: string,
): Promise<{ project: Project; role: ProjectRole }> {
  const [project, role] = await Promise.all([
    context.loaders.projectById.load(projectId),
    context.loaders.effectiveRole.load({ projectId, userId: viewerIdOf(context) }),
  ]);
  if (!project || !role) throw notFound('Project');
  return { project, role };
}

export async function projectWithRole(
  context: ProjectsContext,
  projectId: string,
  required: ProjectRole,
): Promise<{ project: Project; role: ProjectRole }> {
  const found = await visibleProject(context, projectId);
  if (!projectRoleAtLeast(found.role, required)) throw forbidden(`This requires the ${required} role in the project.`);
  return found;
}

/** The viewer's organization role; non-members get NOT_FOUND for the organization, as in the users service. */
export async function organizationRoleAtLeastOrFail(
  context: ProjectsContext,
  organizationId: string,
  required: OrganizationRole,
): Promise<OrganizationRole> {
  const role = await context.loaders.orgRole.load({ organizationId, userId: viewerIdOf(context) });
  if (!role) throw notFound('Organization');
  if (!organizationRoleAtLeast(role, required)) {
    throw forbidden(`This requires the ${required} role or higher in the organization.`);
  }
  return role;
}

/** A team of an organization the viewer belongs to; NOT_FOUND otherwise. */
export async function visibleTeam(
  context: ProjectsContext,
  teamId: string,
): Promise<{ team: Team; orgRole: OrganizationRole }> {
  const team = await context.loaders.teamById.load(teamId);
  if (!team) throw notFound('Team');
  const orgRole = await context.loaders.orgRole.load({
    organizationId: team.organizationId,
    userId: viewerIdOf(context),
  });
  if (!orgRole) throw notFound('Team');
  return { team, orgRole };
}

export async function isOrganizationMember(
  context: ProjectsContext,
  organizationId: string,
  userId: string,
): Promise<boolean> {
  return (await context.loaders.orgRole.load({ organizationId, userId })) !== null;
}
