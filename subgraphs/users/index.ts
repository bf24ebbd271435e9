import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { defaultAccessTokenTtlSeconds } from '../../lib/auth/access-token';
import { createPrismaClient } from '../../lib/db/prisma';
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

export interface UsersSubgraphOptions {
  databaseUrl: string;
  poolSize?: number;
  jwtSecret: string;
  accessTokenTtlSeconds?: number;
  /** Sign-in throttling thresholds (auth/login-throttle.ts); the defaults suit most deployments. */
  signInLimits?: Partial<SignInLimits>;
  /** Signs the calls that ask other subgraphs whether a node exists for the viewer. */
  signingSecret: string;
  /** Where another subgraph is; read at the first call to it (npm start learns the URLs after users listens). */
  subgraphUrl: (owner: NodeOwnerEntry) => string;
  logger: Logger;
}

export function buildUsersSubgraph(
  options: UsersSubgraphOptions,
): SubgraphDefinition<UsersContext> & { close(): Promise<void> } {
  const prisma = createPrismaClient(PrismaClient, {
    url: options.databaseUrl,
    domain: 'users',
    poolSize: options.poolSize,
  });
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
      logger: options.logger,
      remoteNodes: createRemoteNodeLoader(nodeOwners, identity.viewer, options.logger),
    }),
    async checkReady() {
      await prisma.$queryRaw`SELECT 1`;
    },
    close: async () => {
      await closeNodeOwnerClients(nodeOwners);
      await prisma.$disconnect();
    },
  };
}
