import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { createPrismaClient } from '../../lib/db/prisma';
import type { EventBus } from '../../lib/events/bus';
import { startOutboxRelay, type OutboxRelay } from '../../lib/events/outbox-relay';
import type { Logger } from '../../lib/logger';
import { createServiceClient } from '../../lib/server/service-client';
import { withRootPermissions } from '../../lib/server/root-permissions';
import type { SubgraphDefinition } from '../../lib/server/subgraph-server';
import type { WorkItemsContext } from './context';
import { PrismaClient } from './generated/prisma/client';
import { createLoaders } from './loaders';
import { permissions } from './permissions';
import { resolvers } from './resolvers';

export interface WorkItemsSubgraphOptions {
  databaseUrl: string;
  poolSize?: number;
  /** The projects subgraph itself (not the router): project keys and roles come from there by a signed call. */
  projectsUrl: string;
  signingSecret: string;
  /** Where the outbox relay publishes this subgraph's events; without one they stay in the outbox. */
  bus?: EventBus;
  logger: Logger;
}

export const workItemsTypeDefs = parse(readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'));

export function buildWorkItemsSubgraph(
  options: WorkItemsSubgraphOptions,
): SubgraphDefinition<WorkItemsContext> & { close(): Promise<void>; outboxRelay?: OutboxRelay } {
  const prisma = createPrismaClient(PrismaClient, {
    url: options.databaseUrl,
    domain: 'work_items',
    poolSize: options.poolSize,
  });
  const projectsClient = createServiceClient({
    url: options.projectsUrl,
    signingSecret: options.signingSecret,
    caller: 'work-items',
  });
  const outboxRelay =
    options.bus &&
    startOutboxRelay({
      databaseUrl: options.databaseUrl,
      schema: 'work_items',
      bus: options.bus,
      logger: options.logger,
    });
  const schema = withRootPermissions(
    buildSubgraphSchema({ typeDefs: workItemsTypeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }),
    permissions,
  );
  return {
    name: 'work-items',
    schema,
    createContext: (identity) => ({ identity, prisma, loaders: createLoaders(prisma, identity, projectsClient) }),
    checkReady: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    outboxRelay,
    close: async () => {
      // First, while the bus it publishes to is still open (the caller closes the bus after us).
      await outboxRelay?.stop();
      await projectsClient.close();
      await prisma.$disconnect();
      options.logger.debug('work-items subgraph closed');
    },
  };
}
