import { currentTimeZoneName } from '../../../lib/time-zones';
import { fromGlobalId, uuidPattern } from '../../../lib/ids';
import { badInput, unauthenticated } from '../../../lib/errors';
import { findOrganizationAdminIds, findOrganizationBySlug } from '../data/organizations';
import { findUserContacts } from '../data/users';
import type { QueryResolvers } from '../generated/resolvers-types';
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
    const roles = await context.loaders.organizationRole.loadMany(pairs);
    return roles.map((role) => {
      if (role instanceof Error) throw role;
      return role;
    });
  },
  /** Read at the call, never cached: a demoted admin is gone from the answer at once. */
  async organizationAdminIds(_parent, { organizationId }, context) {
    const id = organizationId.toLowerCase();
    return uuidPattern.test(id) ? findOrganizationAdminIds(context.prisma, id) : [];
  },
  /** One statement for the whole batch; unknown or malformed IDs answer null in their place. */
  async userContacts(_parent, { ids }, context) {
    if (ids.length > 200) throw badInput('ids', 'At most 200 IDs per request.');
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()).filter((id) => uuidPattern.test(id)))];
    const users = wanted.length ? await findUserContacts(context.prisma, wanted) : [];
    const byUserId = new Map(users.map((user) => [user.id, user]));
    return ids.map((id) => {
      const user = byUserId.get(id.toLowerCase());
      return user
        ? { id, name: user.name, email: user.email, timeZone: currentTimeZoneName(user.timeZone || 'UTC') ?? 'UTC' }
        : null;
    });
  },
};
