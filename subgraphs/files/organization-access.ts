import { forbidden, notFound } from '../../lib/errors';
import { organizationRoleAtLeast, type OrganizationRole } from '../../lib/roles';
import { viewerIdOf, type FilesContext } from './context';

/** The viewer's role in the organization, or null when they are not a member. */
export function organizationMember(context: FilesContext, organizationId: string): Promise<OrganizationRole | null> {
  return context.loaders.organizationRole.load({ organizationId, userId: viewerIdOf(context) });
}

/** NOT_FOUND for a non-member, FORBIDDEN below ADMIN: only the organization's admins set its limits. */
export async function organizationAdmin(context: FilesContext, organizationId: string): Promise<void> {
  const role = await organizationMember(context, organizationId);
  if (!role) throw notFound('Organization');
  if (!organizationRoleAtLeast(role, 'ADMIN')) throw forbidden("Only the organization's admins set its file limits.");
}
