import type { Resolvers } from '../generated/resolvers-types';
import { DateTime } from '../../../lib/graphql-scalars';
import { apiToken, apiTokenConnection, apiTokenMutations, apiTokenQueries } from './api-tokens';
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
  Query: { ...query, ...apiTokenQueries },
  Mutation: {
    ...authMutations,
    ...userMutations,
    ...organizationMutations,
    ...invitationMutations,
    ...apiTokenMutations,
  },
  Node: node,
  User: user,
  UserPreferences: userPreferences,
  Organization: organization,
  OrganizationConnection: organizationConnection,
  OrganizationMemberConnection: organizationMemberConnection,
  OrganizationInvitation: organizationInvitation,
  OrganizationInvitationConnection: organizationInvitationConnection,
  ApiToken: apiToken,
  ApiTokenConnection: apiTokenConnection,
  // The stubs of other subgraphs' Node types need no resolvers: a reference is its own `{ __typename, id }`.
};
