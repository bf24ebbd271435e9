import { notFound } from '../../../lib/errors';
import type { Organization } from '../generated/prisma/client';
import type { OrganizationRole } from '../generated/resolvers-types';
import { selfId, type UsersContext } from '../context';

/** The caller's role in the organization, or null when they are not a member. */
export async function roleIn(context: UsersContext, organizationId: string): Promise<OrganizationRole | null> {
  const userId = selfId(context);
  if (!userId) return null;
  return context.loaders.organizationRole.load({ organizationId, userId });
}

/** Members only; everyone else gets the same NOT_FOUND as for a missing organization. */
export async function visibleOrganization(
  context: UsersContext,
  organization: Organization | null,
): Promise<Organization> {
  if (!organization || !(await roleIn(context, organization.id))) throw notFound('Organization');
  return organization;
}
