import { createEntityCache } from '../../lib/cache/entity-cache';
import { defineSubgraph } from '../../lib/server/define-subgraph';
import { PrismaClient } from './generated/prisma/client';
import { createPasswordHasher } from './auth/passwords';
import { createLoaders } from './loaders';
import type { Organization } from './generated/prisma/client';
import type { UserMapper } from './mappers';
import { createRemoteNodeLoader, nodeOwnerNames } from './node-owners';
import { fieldVisibility, permissions } from './permissions';
import { resolvers } from './resolvers';
import { usersSettings } from './settings';

export default defineSubgraph({
  name: 'users',
  prisma: (options) => new PrismaClient(options),
  resolvers,
  permissions,
  fieldMiddleware: [fieldVisibility],
  // node(id) asks every other subgraph, as the viewer, whether the viewer may see an object of theirs.
  calls: nodeOwnerNames,
  publishes: ['users'],
  consumes: [],
  settings: usersSettings,
  services: ({ settings, bus }) => ({
    accessEpochs: bus?.epochs,
    // Users by id across requests (names on every board and list), invalidated by their entity epochs.
    userCache: bus && createEntityCache<UserMapper>(bus.epochs, 'User'),
    organizationCache: bus && createEntityCache<Organization>(bus.epochs, 'Organization'),
    auth: {
      jwtSecret: settings.JWT_SECRET,
      accessTokenTtlSeconds: settings.ACCESS_TOKEN_TTL_SECONDS,
      signInLimits: {
        freeAddressFailures: settings.SIGN_IN_ADDRESS_FREE_FAILURES,
        accountFailureCeiling: settings.SIGN_IN_ACCOUNT_FAILURE_CEILING,
      },
      passwords: createPasswordHasher(settings.PASSWORD_HASH_COST),
    },
  }),
  context: ({ prisma, clients, settings, services, signingSecret, logger, roleCaches }, identity) => ({
    identity,
    prisma,
    loaders: createLoaders(prisma, {
      users: services.userCache,
      organizations: services.organizationCache,
      organizationRoles: roleCaches?.organizationRole,
    }),
    userCache: services.userCache,
    organizationCache: services.organizationCache,
    viewer: identity.viewer,
    service: identity.service,
    clientAddress: identity.clientAddress,
    signedInUserId: null,
    auth: services.auth,
    signingSecret,
    invitationsPerDay: settings.INVITATIONS_PER_ORGANIZATION_PER_DAY,
    logger,
    remoteNodes: createRemoteNodeLoader(clients, identity.viewer, logger),
    accessEpochs: services.accessEpochs,
  }),
});
