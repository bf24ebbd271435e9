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
import type { SprintsContext } from './context';
import { PrismaClient } from './generated/prisma/client';
import { createLoaders } from './loaders';
import { permissions } from './permissions';
import { startWorkItemProjection } from './projection/consumer';
import { createWorkItemLookup } from './projection/work-item-lookup';
import { resolvers } from './resolvers';

export interface SprintsSubgraphOptions {
  databaseUrl: string;
  poolSize?: number;
  /** The projects subgraph itself (not the router): roles come from there by a signed call. */
  projectsUrl: string;
  /** The work-items subgraph itself: items the read model has not heard of yet are asked from there. */
  workItemsUrl: string;
  signingSecret: string;
  /**
   * Where the read model's work-item events come from and the outbox relay publishes sprint events.
   * Without one, nothing feeds the read model (tests of the schema alone).
   */
  bus?: EventBus;
  logger: Logger;
}

export const sprintsTypeDefs = parse(readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'));

export function buildSprintsSubgraph(
  options: SprintsSubgraphOptions,
): SubgraphDefinition<SprintsContext> & { close(): Promise<void>; outboxRelay?: OutboxRelay; projection?: Consumer } {
  const prisma = createPrismaClient(PrismaClient, {
    url: options.databaseUrl,
    domain: 'sprints',
    poolSize: options.poolSize,
  });
  const projectsClient = createServiceClient({
    url: options.projectsUrl,
    signingSecret: options.signingSecret,
    caller: 'sprints',
  });
  const workItemsClient = createServiceClient({
    url: options.workItemsUrl,
    signingSecret: options.signingSecret,
    caller: 'sprints',
  });
  const workItemLookup = createWorkItemLookup(prisma, workItemsClient, options.logger);
  const outboxRelay =
    options.bus &&
    startOutboxRelay({ databaseUrl: options.databaseUrl, schema: 'sprints', bus: options.bus, logger: options.logger });
  const projection = options.bus && startWorkItemProjection({ prisma, bus: options.bus, logger: options.logger });
  const schema = withRootPermissions(
    buildSubgraphSchema({ typeDefs: sprintsTypeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }),
    permissions,
  );
  return {
    name: 'sprints',
    schema,
    createContext: (identity) => ({
      identity,
      prisma,
      loaders: createLoaders(prisma, projectsClient),
      workItemLookup,
    }),
    checkReady: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    outboxRelay,
    projection,
    close: async () => {
      // First, while the bus is still open (the caller closes the bus after us).
      await projection?.stop();
      await outboxRelay?.stop();
      await projectsClient.close();
      await workItemsClient.close();
      await prisma.$disconnect();
      options.logger.debug('sprints subgraph closed');
    },
  };
}
