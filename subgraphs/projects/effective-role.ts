import { organizationRoleAtLeast, type OrganizationRole, type ProjectRole } from '../../lib/roles';

/**
 * Which projects of an organization a person sees: none without a current membership of the
 * organization, every one as an organization OWNER or ADMIN, else those that grant them a role.
 */
export type ProjectScope = 'none' | 'granted' | 'all';

export function projectScopeOf(organizationRole: OrganizationRole | null): ProjectScope {
  if (!organizationRole) return 'none';
  return organizationRoleAtLeast(organizationRole, 'ADMIN') ? 'all' : 'granted';
}

/**
 * A person's effective role in a project. Leaving the organization ends every project role at once,
 * whatever memberships are still on record; organization OWNERs and ADMINs are ADMIN in every
 * project of it, so no project is ever without someone who can administer it.
 */
export function effectiveProjectRole(
  granted: ProjectRole | null,
  organizationRole: OrganizationRole | null,
): ProjectRole | null {
  const scope = projectScopeOf(organizationRole);
  if (scope === 'none') return null;
  return scope === 'all' ? 'ADMIN' : granted;
}
