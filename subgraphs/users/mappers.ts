import type { ApiToken, Organization, OrganizationInvitation, User } from './generated/prisma/client';
import type { Connection } from '../../lib/relay';
import type { OrganizationRole, PageInfo } from './generated/resolvers-types';
import type { RemoteNodeType } from './node-owners';

/** A user as resolvers see it: never the password hash, which only sign-in reads (and rows shared across requests must not hold). */
export type UserMapper = Omit<User, 'passwordHash'>;

export interface OrganizationEdgeMapper {
  cursor: string;
  node: Organization;
  role: OrganizationRole;
}

export interface OrganizationConnectionMapper {
  edges: OrganizationEdgeMapper[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

export interface OrganizationMemberEdgeMapper {
  cursor: string;
  node: UserMapper;
  role: OrganizationRole;
  joinedAt: Date;
}

export interface OrganizationMemberConnectionMapper {
  edges: OrganizationMemberEdgeMapper[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

export interface AuthPayloadMapper {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  user: UserMapper;
}

/** An entity owned by another subgraph: only its type and global ID, which that subgraph resolves. */
export interface EntityStubMapper {
  __typename: RemoteNodeType;
  id: string;
}

export type OrganizationInvitationConnectionMapper = Connection<OrganizationInvitation>;
export type OrganizationInvitationEdgeMapper = OrganizationInvitationConnectionMapper['edges'][number];

export type ApiTokenConnectionMapper = Connection<ApiToken>;
export type ApiTokenEdgeMapper = ApiTokenConnectionMapper['edges'][number];

/** A valid token as the router needs it (service-only). */
export interface ApiTokenCredentialMapper {
  tokenId: string;
  userId: string;
  scopes: string[];
  expiresAt: Date;
}
