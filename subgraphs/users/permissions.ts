import { allow, rule, shield } from 'graphql-shield';
import type { IMiddlewareFunction } from 'graphql-middleware';
import { forbidden, unauthenticated } from '../../lib/errors';
import type { User } from './generated/prisma/client';
import { selfId, type UsersContext } from './context';
import { emptyConnection } from './data/organizations';

const isAuthenticated = rule({ cache: 'contextual' })((_parent, _args, context: UsersContext) =>
  context.viewer ? true : unauthenticated(),
);

const isService = rule({ cache: 'contextual' })((_parent, _args, context: UsersContext) =>
  context.service ? true : forbidden('Only services may call this.'),
);

/** Who may call what. Every root field is listed; a root field added later requires sign-in until it is. */
export const permissions = shield(
  {
    Query: {
      '*': isAuthenticated,
      node: isAuthenticated,
      me: isAuthenticated,
      user: isAuthenticated,
      organization: isAuthenticated,
      organizationBySlug: isAuthenticated,
      organizationRoles: isService,
      userContacts: isService,
      // Reference resolvers check access per entity; the router asks on behalf of whoever it signed for.
      _entities: allow,
      _service: allow,
    },
    Mutation: {
      '*': isAuthenticated,
      signUp: allow,
      logIn: allow,
      refreshSession: allow,
      logOut: allow,
      updateMe: isAuthenticated,
      updateMyPreferences: isAuthenticated,
      createOrganization: isAuthenticated,
      inviteOrganizationMember: isAuthenticated,
      acceptInvitation: isAuthenticated,
      declineInvitation: isAuthenticated,
      revokeOrganizationInvitation: isAuthenticated,
      changeOrganizationMemberRole: isAuthenticated,
      removeOrganizationMember: isAuthenticated,
    },
  },
  { allowExternalErrors: true, fallbackRule: allow, fallbackError: forbidden(), debug: false },
);

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
