import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { createPrismaClient } from '../../lib/db/prisma';
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
  logger: Logger;
}

export const workItemsTypeDefs = parse(readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'));

export function buildWorkItemsSubgraph(
  options: WorkItemsSubgraphOptions,
): SubgraphDefinition<WorkItemsContext> & { close(): Promise<void> } {
  const prisma = createPrismaClient(PrismaClient, {
    url: options.databaseUrl,
    domain: 'work_items',
    poolSize: options.poolSize,
    // Parallel creates in one project queue on the project's lock (see README): 5 s is too short a wait.
    transactionOptions: { maxWait: 15_000, timeout: 30_000 },
  });
  const projectsClient = createServiceClient({
    url: options.projectsUrl,
    signingSecret: options.signingSecret,
    caller: 'work-items',
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
    close: async () => {
      await projectsClient.close();
      await prisma.$disconnect();
      options.logger.debug('work-items subgraph closed');
    },
  };
}
