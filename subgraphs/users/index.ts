import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { defaultAccessTokenTtlSeconds } from '../../lib/auth/access-token';
import { createPrismaClient } from '../../lib/db/prisma';
import type { EventBus } from '../../lib/events/bus';
import { startOutboxRelay, type OutboxRelay } from '../../lib/events/outbox-relay';
import type { Logger } from '../../lib/logger';
import { withRootPermissions } from '../../lib/server/root-permissions';
import type { SubgraphDefinition } from '../../lib/server/subgraph-server';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { PrismaClient } from './generated/prisma/client';
import type { UsersContext } from './context';
import { createLoaders } from './loaders';
import {
  closeNodeOwnerClients,
  createNodeOwnerClients,
  createRemoteNodeLoader,
  type NodeOwnerEntry,
} from './node-owners';
import { defaultSignInLimits, type SignInLimits } from './auth/login-throttle';
import { fieldVisibility, permissions } from './permissions';
import { resolvers } from './resolvers';
import { defaultInvitationsPerDay } from './data/invitations';

export interface UsersSubgraphOptions {
  databaseUrl: string;
  poolSize?: number;
  jwtSecret: string;
  /**
   * The secret shared with the other services: signs the calls that ask other subgraphs whether a
   * node exists for the viewer, and invitation tokens are signed with a key derived from it.
   */
  signingSecret: string;
  accessTokenTtlSeconds?: number;
  /** Sign-in throttling thresholds (auth/login-throttle.ts); the defaults suit most deployments. */
  signInLimits?: Partial<SignInLimits>;
  /** Where another subgraph is; read at the first call to it (npm start learns the URLs after users listens). */
  subgraphUrl: (owner: NodeOwnerEntry) => string;
  /** Invitation emails an organization may send in 24 hours (default 50). */
  invitationsPerDay?: number;
  /** Where the outbox relay publishes organization events; without one they stay in the outbox. */
  bus?: EventBus;
  logger: Logger;
}

export function buildUsersSubgraph(
  options: UsersSubgraphOptions,
): SubgraphDefinition<UsersContext> & { close(): Promise<void>; outboxRelay?: OutboxRelay } {
  const prisma = createPrismaClient(PrismaClient, {
    url: options.databaseUrl,
    domain: 'users',
    poolSize: options.poolSize,
  });
  const outboxRelay =
    options.bus &&
    startOutboxRelay({ databaseUrl: options.databaseUrl, schema: 'users', bus: options.bus, logger: options.logger });
  const typeDefs = parse(readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'));
  const schema = withRootPermissions(
    buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }),
    permissions,
    fieldVisibility,
  );
  const nodeOwners = createNodeOwnerClients({
    signingSecret: options.signingSecret,
    subgraphUrl: options.subgraphUrl,
  });
  const auth = {
    jwtSecret: options.jwtSecret,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? defaultAccessTokenTtlSeconds,
    signInLimits: { ...defaultSignInLimits, ...options.signInLimits },
  };

  return {
    name: 'users',
    schema,
    createContext: (identity) => ({
      prisma,
      loaders: createLoaders(prisma),
      viewer: identity.viewer,
      service: identity.service,
      clientAddress: identity.clientAddress,
      signedInUserId: null,
      auth,
      signingSecret: options.signingSecret,
      invitationsPerDay: options.invitationsPerDay ?? defaultInvitationsPerDay,
      logger: options.logger,
      remoteNodes: createRemoteNodeLoader(nodeOwners, identity.viewer, options.logger),
    }),
    async checkReady() {
      await prisma.$queryRaw`SELECT 1`;
    },
    outboxRelay,
    close: async () => {
      // First, while the bus it publishes to is still open (the caller closes the bus after us).
      await outboxRelay?.stop();
      await closeNodeOwnerClients(nodeOwners);
      await prisma.$disconnect();
    },
  };
}
