import type { Organization, OrganizationInvitation, User } from './generated/prisma/client';
import type { Connection } from '../../lib/relay';
import type { OrganizationRole, PageInfo } from './generated/resolvers-types';

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
  node: User;
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
  user: User;
}

/** An entity owned by another subgraph: only its type and global ID, which that subgraph resolves. */
export interface EntityStubMapper {
  __typename: 'Project' | 'Team' | 'WorkItem' | 'Sprint' | 'Notification';
  id: string;
}

export type OrganizationInvitationConnectionMapper = Connection<OrganizationInvitation>;
export type OrganizationInvitationEdgeMapper = OrganizationInvitationConnectionMapper['edges'][number];
