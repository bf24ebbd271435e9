import { decodeGlobalId } from '../../../lib/ids';
import type { Organization, OrganizationInvitation, User } from '../generated/prisma/client';
import type { NodeResolvers } from '../generated/resolvers-types';
import type { UsersContext } from '../context';
import type { EntityStubMapper } from '../mappers';
import { roleIn } from './access';
import { visibleInvitation } from './invitation';

type NodeValue =
  | (User & { __typename: 'User' })
  | (Organization & { __typename: 'Organization' })
  | (OrganizationInvitation & { __typename: 'OrganizationInvitation' })
  | EntityStubMapper;
type NodeTypename = NodeValue['__typename'];

/** Users and organizations are loaded here; projects, teams and work items are stubs their subgraphs complete and guard. */
export async function resolveNode(context: UsersContext, id: string): Promise<NodeValue | null> {
  const decoded = decodeGlobalId(id);
  switch (decoded?.type) {
    case 'User': {
      const user = await context.loaders.userById.load(decoded.id);
      return user && { ...user, __typename: 'User' };
    }
    case 'Organization': {
      const organization = await context.loaders.organizationById.load(decoded.id);
      if (!organization || !(await roleIn(context, organization.id))) return null;
      return { ...organization, __typename: 'Organization' };
    }
    case 'OrganizationInvitation': {
      const invitation = await visibleInvitation(context, id);
      return invitation && { ...invitation, __typename: 'OrganizationInvitation' };
    }
    case 'Project':
    case 'Team':
    case 'WorkItem':
    case 'Sprint':
    case 'Notification':
      return { __typename: decoded.type, id };
    default:
      return null;
  }
}

export const node: NodeResolvers = {
  __resolveType: (parent) => (parent as { __typename?: NodeTypename }).__typename ?? null,
};
