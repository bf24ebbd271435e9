import { fromGlobalId } from '../../../lib/ids';
import { unauthenticated } from '../../../lib/errors';
import { findOrganizationBySlug } from '../data/organizations';
import type { QueryResolvers } from '../generated/resolvers-types';
import { asRole } from '../roles';
import { visibleOrganization } from './access';
import { resolveNode } from './node';

export const query: QueryResolvers = {
  node: (_parent, { id }, context) => resolveNode(context, id),

  async me(_parent, _args, context) {
    const user = context.viewer ? await context.loaders.userById.load(context.viewer.userId) : null;
    if (!user) throw unauthenticated();
    return user;
  },

  async user(_parent, { id }, context) {
    return context.loaders.userById.load(fromGlobalId(id, 'User', 'id'));
  },

  async organization(_parent, { id }, context) {
    const organizationId = fromGlobalId(id, 'Organization', 'id');
    return visibleOrganization(context, await context.loaders.organizationById.load(organizationId));
  },

  async organizationBySlug(_parent, { slug }, context) {
    const organization = slug.length <= 40 ? await findOrganizationBySlug(context.prisma, slug) : null;
    if (organization) context.loaders.organizationById.prime(organization.id, organization);
    return visibleOrganization(context, organization);
  },

  async organizationRoles(_parent, { keys }, context) {
    const pairs = keys.map((key, index) => ({
      organizationId: fromGlobalId(key.organizationId, 'Organization', `keys.${index}.organizationId`),
      userId: fromGlobalId(key.userId, 'User', `keys.${index}.userId`),
    }));
    const memberships = await context.loaders.membership.loadMany(pairs);
    return memberships.map((membership) => {
      if (membership instanceof Error) throw membership;
      return membership ? asRole(membership.role) : null;
    });
  },
};
