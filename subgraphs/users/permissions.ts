import type { IMiddlewareFunction } from 'graphql-middleware';
import { anyone, ruleFor, serviceOnly, signedIn, type RootRules } from '../../lib/server/permissions';
import type { User } from './generated/prisma/client';
import { selfId, type UsersContext } from './context';
import { emptyConnection } from './data/organizations';

/**
 * Who may call each root field; the platform denies any root field not listed. Signing up and in
 * are open to anyone the router forwards; `organizationRoles`, `organizationAdminIds`, `userContacts`
 * and `apiTokenCredential` (the router's token check) answer services.
 */
export const permissions: RootRules = {
  Query: {
    ...ruleFor(['node', 'me', 'user', 'organization', 'organizationBySlug', 'apiTokens', 'apiTokenScopes'], signedIn),
    ...ruleFor(['organizationRoles', 'organizationAdminIds', 'userContacts', 'apiTokenCredential'], serviceOnly),
  },
  Mutation: {
    ...ruleFor(['signUp', 'logIn', 'refreshSession', 'logOut'], anyone),
    ...ruleFor(
      [
        'updateMe',
        'updateMyPreferences',
        'createOrganization',
        'updateOrganization',
        'inviteOrganizationMember',
        'acceptInvitation',
        'declineInvitation',
        'revokeOrganizationInvitation',
        'changeOrganizationMemberRole',
        'transferOrganizationOwnership',
        'deleteOrganization',
        'removeOrganizationMember',
        'createApiToken',
        'revokeApiToken',
      ],
      signedIn,
    ),
  },
};

async function canSeeEmail(context: UsersContext, user: User): Promise<boolean> {
  const viewerId = selfId(context);
  if (!viewerId) return false;
  if (viewerId === user.id) return true;
  return context.loaders.sharesOrganization.load({ viewerId, userId: user.id });
}

const isSelf = (context: UsersContext, user: User) => selfId(context) === user.id;

/**
 * Fields that are hidden rather than refused: a client listing people gets null or an empty list for
 * what it may not see, instead of errors that fail the whole list.
 */
export const fieldVisibility: {
  User: Record<
    'email' | 'preferences' | 'organizations' | 'pendingInvitations',
    IMiddlewareFunction<User, UsersContext>
  >;
} = {
  User: {
    email: async (resolve, parent, args, context, info) =>
      (await canSeeEmail(context, parent)) ? resolve(parent, args, context, info) : null,
    preferences: (resolve, parent, args, context, info) =>
      isSelf(context, parent) ? resolve(parent, args, context, info) : null,
    organizations: (resolve, parent, args, context, info) =>
      isSelf(context, parent) ? resolve(parent, args, context, info) : emptyConnection(),
    pendingInvitations: (resolve, parent, args, context, info) =>
      isSelf(context, parent) ? resolve(parent, args, context, info) : emptyConnection(),
  },
};
