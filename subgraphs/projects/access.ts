import { forbidden, notFound } from '../../lib/errors';
import { viewerIdOf, type ProjectsContext } from './context';
import type { Project, Team } from './generated/prisma/client';
import { organizationRoleAtLeast, projectRoleAtLeast, type OrganizationRole, type ProjectRole } from '../../lib/roles';

/**
 * A project the viewer has a role in. A missing project and one the viewer may not see give the
 * same NOT_FOUND, so IDs cannot be probed.
 */
export function visibleProject(
  context: ProjectsContext,
  projectId: string,
): Promise<{ project: Project; role: ProjectRole }> {
  return orNotFound(visibleProjectOrNull(context, projectId), 'Project');
}

async function orNotFound<T>(lookup: Promise<T | null>, what: string): Promise<T> {
  const found = await lookup;
  if (!found) throw notFound(what);
  return found;
}

/** As `visibleProject`, with null instead of NOT_FOUND (references from other subgraphs). */
export async function visibleProjectOrNull(
  context: ProjectsContext,
  projectId: string,
): Promise<{ project: Project; role: ProjectRole } | null> {
  const userId = context.identity.viewer?.userId;
  if (!userId) return null;
  const [project, role] = await Promise.all([
    context.loaders.projectById.load(projectId),
    context.loaders.effectiveRole.load({ projectId, userId }),
  ]);
  return project && role ? { project, role } : null;
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
export function visibleTeam(
  context: ProjectsContext,
  teamId: string,
): Promise<{ team: Team; orgRole: OrganizationRole }> {
  return orNotFound(visibleTeamOrNull(context, teamId), 'Team');
}

/** As `visibleTeam`, with null instead of NOT_FOUND (references from other subgraphs). */
export async function visibleTeamOrNull(
  context: ProjectsContext,
  teamId: string,
): Promise<{ team: Team; orgRole: OrganizationRole } | null> {
  const userId = context.identity.viewer?.userId;
  const team = userId ? await context.loaders.teamById.load(teamId) : null;
  if (!userId || !team) return null;
  const orgRole = await context.loaders.orgRole.load({ organizationId: team.organizationId, userId });
  return orgRole ? { team, orgRole } : null;
}

export async function isOrganizationMember(
  context: ProjectsContext,
  organizationId: string,
  userId: string,
): Promise<boolean> {
  return (await context.loaders.orgRole.load({ organizationId, userId })) !== null;
}
