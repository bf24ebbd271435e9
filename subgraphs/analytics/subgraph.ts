import { defineSubgraph } from '../../lib/server/define-subgraph';
import { PrismaClient } from './generated/prisma/client';
import { createLoaders } from './loaders';
import { permissions } from './permissions';
import { startFlowProjection } from './projection/consumer';
import { resolvers } from './resolvers';

export default defineSubgraph({
  name: 'analytics',
  prisma: (options) => new PrismaClient(options),
  resolvers,
  permissions,
  // Project roles from projects, organization roles from users, saved views' items from work-items.
  calls: ['projects', 'users', 'work-items'],
  publishes: ['analytics'],
  consumes: ['work-items', 'projects'],
  context: ({ prisma, clients }, identity) => ({
    identity,
    prisma,
    loaders: createLoaders(prisma, clients),
    workItemsClient: clients['work-items'],
  }),
  workers: {
    projection: ({ prisma, bus, logger }) => bus && startFlowProjection({ prisma, bus, logger }),
  },
});
