import { defineSubgraph } from '../../lib/server/define-subgraph';
import { ChartRenderer } from './charts/chart-renderer';
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
  services: () => ({ charts: new ChartRenderer() }),
  context: ({ prisma, clients, services, signingSecret, publicUrl }, identity) => ({
    identity,
    prisma,
    loaders: createLoaders(prisma, clients),
    workItemsClient: clients['work-items'],
    charts: services.charts,
    chartLinks: { signingSecret, publicUrl },
  }),
  workers: {
    // Listed first, so stopped last: requests still drawing finish before the worker goes.
    charts: ({ services }) => ({ stop: () => services.charts.close() }),
    projection: ({ prisma, bus, logger }) => bus && startFlowProjection({ prisma, bus, logger }),
  },
});
