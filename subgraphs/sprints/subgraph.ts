import { defineSubgraph } from '../../lib/server/define-subgraph';
import { PrismaClient } from './generated/prisma/client';
import { purgeProject } from './data/purge-project';
import { createLoaders } from './loaders';
import { permissions } from './permissions';
import { startWorkItemProjection } from './projection/consumer';
import { createWorkItemLookup } from './projection/work-item-lookup';
import { resolvers } from './resolvers';

export default defineSubgraph({
  name: 'sprints',
  prisma: (options) => new PrismaClient(options),
  resolvers,
  permissions,
  // Roles from projects; items the read model has not heard of yet from work-items.
  calls: ['projects', 'work-items'],
  publishes: ['sprints'],
  consumes: ['work-items', 'projects'],
  services: ({ prisma, clients, logger }) => ({
    workItemLookup: createWorkItemLookup(prisma, clients['work-items'], logger),
  }),
  context: ({ prisma, clients, services, roleCaches }, identity) => ({
    identity,
    prisma,
    loaders: createLoaders(prisma, clients.projects, roleCaches?.projectAccess),
    workItemLookup: services.workItemLookup,
  }),
  workers: {
    projection: ({ prisma, bus, logger }) => bus && startWorkItemProjection({ prisma, bus, logger }),
  },
  purgeProject: ({ prisma }, project) => purgeProject(prisma, project.id),
});
