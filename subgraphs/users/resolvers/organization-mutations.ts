import { fromGlobalId, toGlobalId } from '../../../lib/ids';
import { unauthenticated } from '../../../lib/errors';
import { changeMemberRole, removeMember } from '../data/memberships';
import { createOrganization } from '../data/organizations';
import type { MutationResolvers } from '../generated/resolvers-types';
import type { UsersContext } from '../context';
import { forgetMembershipLists } from '../loaders';
import { validateName, validateSlug } from '../validation';

export function viewerIdOf(context: UsersContext): string {
  if (!context.viewer) throw unauthenticated();
  return context.viewer.userId;
}

/** Cached memberships, member pages and counts would be stale after a write in the same request (several mutations in one document). */
export function forgetMemberships(context: UsersContext, organizationId: string, ...userIds: string[]) {
  for (const userId of userIds) context.loaders.membership.clear({ organizationId, userId });
  forgetMembershipLists(context.loaders);
}

export const organizationMutations: MutationResolvers = {
  async createOrganization(_parent, { input }, context) {
    const ownerId = viewerIdOf(context);
    const name = validateName(input.name, 'input.name');
    const slug = validateSlug(input.slug, 'input.slug');
    const organization = await createOrganization(context.prisma, { name, slug, ownerId });
    forgetMemberships(context, organization.id, ownerId);
    return { organization };
  },

  async changeOrganizationMemberRole(_parent, { input }, context) {
    const actorId = viewerIdOf(context);
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    const userId = fromGlobalId(input.userId, 'User', 'input.userId');
    const { organization, user } = await changeMemberRole(context.prisma, {
      organizationId,
      actorId,
      userId,
      role: input.role,
    });
    forgetMemberships(context, organizationId, actorId, userId);
    return { organization, user, role: input.role };
  },

  async removeOrganizationMember(_parent, { input }, context) {
    const actorId = viewerIdOf(context);
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    const userId = fromGlobalId(input.userId, 'User', 'input.userId');
    const organization = await removeMember(context.prisma, { organizationId, actorId, userId });
    forgetMemberships(context, organizationId, actorId, userId);
    return { organization, removedUserId: toGlobalId('User', userId) };
  },
};
