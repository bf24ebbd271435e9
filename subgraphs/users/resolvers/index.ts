import type { Resolvers } from '../generated/resolvers-types';
import { DateTime } from '../../../lib/graphql-scalars';
import { authMutations } from './auth-mutations';
import { node } from './node';
import { organization, organizationConnection, organizationMemberConnection } from './organization';
import { organizationMutations } from './organization-mutations';
import { invitationMutations } from './invitation-mutations';
import { organizationInvitation, organizationInvitationConnection } from './invitation';
import { query } from './query';
import { user, userPreferences } from './user';
import { userMutations } from './user-mutations';

export const resolvers: Resolvers = {
  DateTime,
  Query: query,
  Mutation: { ...authMutations, ...userMutations, ...organizationMutations, ...invitationMutations },
  Node: node,
  User: user,
  UserPreferences: userPreferences,
  Organization: organization,
  OrganizationConnection: organizationConnection,
  OrganizationMemberConnection: organizationMemberConnection,
  OrganizationInvitation: organizationInvitation,
  OrganizationInvitationConnection: organizationInvitationConnection,
  // The projects subgraph owns these; a reference only needs to carry the ID through.
  Project: { __resolveReference: (reference) => ({ __typename: 'Project', id: reference.id }) },
  Team: { __resolveReference: (reference) => ({ __typename: 'Team', id: reference.id }) },
  WorkItem: { __resolveReference: (reference) => ({ __typename: 'WorkItem', id: reference.id }) },
  Sprint: { __resolveReference: (reference) => ({ __typename: 'Sprint', id: reference.id }) },
  Notification: { __resolveReference: (reference) => ({ __typename: 'Notification', id: reference.id }) },
};
