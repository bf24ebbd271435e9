import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import { notFound } from '../../../lib/errors';
import { parsePage } from '../../../lib/relay';
import { pageRequestOf } from '../../../lib/db/batched-pages';
import { fetchDirection } from '../../../lib/keyset';
import { memberSearchAfterOf, memberSearchTextOf } from '../data/member-search';
import { emptyConnection, organizationMemberConnection as memberConnection } from '../data/organizations';
import { canManageMembers } from '../roles';
import { organizationInvitationsConnection } from './invitation';
import type {
  OrganizationConnectionResolvers,
  OrganizationMemberConnectionResolvers,
  OrganizationResolvers,
} from '../generated/resolvers-types';
import { roleIn } from './access';

export const organization: OrganizationResolvers = {
  /** Members see their organizations; services (which check access themselves) see any. */
  async __resolveReference(reference, context) {
    const decoded = decodeGlobalId(reference.id);
    if (decoded?.type !== 'Organization') return null;
    const found = await context.loaders.organizationById.load(decoded.id);
    if (!found) return null;
    if (context.service) return found;
    return (await roleIn(context, found.id)) ? found : null;
  },
  id: (parent) => toGlobalId('Organization', parent.id),
  async viewerRole(parent, _args, context) {
    const role = await roleIn(context, parent.id);
    if (!role) throw notFound('Organization');
    return role;
  },
  async members(parent, args, context) {
    const text = memberSearchTextOf(args.search, 'search');
    if (!context.service && !(await roleIn(context, parent.id))) throw notFound('Organization');
    const page = parsePage(args);
    if (text) {
      const after = memberSearchAfterOf(page);
      const found = await context.loaders.memberSearchPage.load({
        organizationId: parent.id,
        text,
        after,
        take: page.take,
        direction: fetchDirection(page),
      });
      return memberConnection(
        found,
        page,
        () => context.loaders.memberSearchCount.load({ organizationId: parent.id, text }),
        (member) => member.cursor,
      );
    }
    const rows = await context.loaders.organizationMemberPage.load(pageRequestOf(parent.id, page));
    return memberConnection(rows, page, () => context.loaders.organizationMemberCount.load(parent.id));
  },
  async invitations(parent, args, context) {
    const role = await roleIn(context, parent.id);
    if (!role || !canManageMembers(role)) return emptyConnection();
    return organizationInvitationsConnection(context, parent.id, args);
  },
};

export const organizationConnection: OrganizationConnectionResolvers = {
  totalCount: (parent) => parent.totalCount(),
};

export const organizationMemberConnection: OrganizationMemberConnectionResolvers = {
  totalCount: (parent) => parent.totalCount(),
};
