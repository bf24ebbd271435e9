import { decodeGlobalId } from '../../../lib/ids';
import type { ApiToken, Organization, OrganizationInvitation } from '../generated/prisma/client';
import type { NodeResolvers } from '../generated/resolvers-types';
import type { UsersContext } from '../context';
import type { EntityStubMapper, UserMapper } from '../mappers';
import type { RemoteNodeType } from '../node-owners';
import { nodeOwnerOf, type NodeTypeOf } from '../../registry';
import { roleIn } from './access';
import { visibleInvitationById } from './invitation';
import { visibleApiTokenById } from './api-tokens';

type NodeValue =
  | (UserMapper & { __typename: 'User' })
  | (Organization & { __typename: 'Organization' })
  | (OrganizationInvitation & { __typename: 'OrganizationInvitation' })
  | (ApiToken & { __typename: 'ApiToken' })
  | EntityStubMapper;
type NodeTypename = NodeValue['__typename'];

/** The Node types this subgraph owns, loaded and guarded here (the registry lists them). */
const ownNodes: Record<NodeTypeOf<'users'>, (context: UsersContext, id: string) => Promise<NodeValue | null>> = {
  async User(context, id) {
    const user = await context.loaders.userById.load(id);
    return user && { ...user, __typename: 'User' };
  },
  async Organization(context, id) {
    const organization = await context.loaders.organizationById.load(id);
    if (!organization || !(await roleIn(context, organization.id))) return null;
    return { ...organization, __typename: 'Organization' };
  },
  async OrganizationInvitation(context, id) {
    const invitation = await visibleInvitationById(context, id);
    return invitation && { ...invitation, __typename: 'OrganizationInvitation' };
  },
  async ApiToken(context, id) {
    const token = await visibleApiTokenById(context, id);
    return token && { ...token, __typename: 'ApiToken' };
  },
};

/**
 * Users and organizations are loaded here. Other types come back as stubs their owner completes,
 * but only once the owner has said the viewer may see the object: the router never asks the owner
 * when only `id` or `__typename` is selected, and would keep the stub when it answers null.
 */
export async function resolveNode(context: UsersContext, id: string): Promise<NodeValue | null> {
  const decoded = decodeGlobalId(id);
  const owner = decoded && nodeOwnerOf(decoded.type);
  if (!decoded || !owner) return null;
  if (owner.name === 'users') return ownNodes[decoded.type as NodeTypeOf<'users'>](context, decoded.id);
  const type = decoded.type as RemoteNodeType;
  return (await context.remoteNodes.load({ type, id })) ? { __typename: type, id } : null;
}

export const node: NodeResolvers = {
  __resolveType: (parent) => (parent as { __typename?: NodeTypename }).__typename ?? null,
};
