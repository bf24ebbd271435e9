import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { createPrismaClient } from '../../lib/db/prisma';
import type { Consumer, EventBus } from '../../lib/events/bus';
import { startOutboxRelay, type OutboxRelay } from '../../lib/events/outbox-relay';
import type { Logger } from '../../lib/logger';
import { createServiceClient } from '../../lib/server/service-client';
import { withRootPermissions } from '../../lib/server/root-permissions';
import type { SubgraphDefinition } from '../../lib/server/subgraph-server';
import type { ProjectsContext } from './context';
import { PrismaClient } from './generated/prisma/client';
import { startOrganizationConsumer } from './events/organization-consumer';
import { createLoaders } from './loaders';
import { permissions } from './permissions';
import { resolvers } from './resolvers';

export interface ProjectsSubgraphOptions {
  databaseUrl: string;
  poolSize?: number;
  /** The users subgraph itself (not the router): organization roles come from there by a signed call. */
  usersUrl: string;
  signingSecret: string;
  /**
   * Where the outbox relay publishes this subgraph's events and the organization events come from
   * (consumer group `projects` on the `users` stream); without one, events stay in the outbox.
   */
  bus?: EventBus;
  logger: Logger;
}

export const projectsTypeDefs = parse(readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'));

export function buildProjectsSubgraph(options: ProjectsSubgraphOptions): SubgraphDefinition<ProjectsContext> & {
  close(): Promise<void>;
  outboxRelay?: OutboxRelay;
  organizationConsumer?: Consumer;
} {
  const prisma = createPrismaClient(PrismaClient, {
    url: options.databaseUrl,
    domain: 'projects',
    poolSize: options.poolSize,
  });
  const usersClient = createServiceClient({
    url: options.usersUrl,
    signingSecret: options.signingSecret,
    caller: 'projects',
  });
  const outboxRelay =
    options.bus &&
    startOutboxRelay({
      databaseUrl: options.databaseUrl,
      schema: 'projects',
      bus: options.bus,
      logger: options.logger,
    });
  const organizationConsumer =
    options.bus && startOrganizationConsumer({ prisma, bus: options.bus, logger: options.logger });
  const schema = withRootPermissions(
    buildSubgraphSchema({ typeDefs: projectsTypeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }),
    permissions,
  );
  return {
    name: 'projects',
    schema,
    createContext: (identity) => ({ identity, prisma, loaders: createLoaders(prisma, identity, usersClient) }),
    checkReady: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    outboxRelay,
    organizationConsumer,
    close: async () => {
      // First, while the bus is still open (the caller closes the bus after us).
      await organizationConsumer?.stop();
      await outboxRelay?.stop();
      await usersClient.close();
      await prisma.$disconnect();
      options.logger.debug('projects subgraph closed');
    },
  };
}
