import { createProjectAccessCache } from '../../lib/cache/project-access-cache';
import { defineSubgraph } from '../../lib/server/define-subgraph';
import { PrismaClient } from './generated/prisma/client';
import { createLoaders } from './loaders';
import { permissions } from './permissions';
import { resolvers } from './resolvers';

export default defineSubgraph({
  name: 'work-items',
  prisma: (options) => new PrismaClient(options),
  resolvers,
  permissions,
  // Project keys and roles come from the projects subgraph itself (not the router).
  calls: ['projects'],
  publishes: ['work-items'],
  consumes: [],
  // Roles across requests, invalidated by access epochs (lib/cache/project-access-cache.ts).
  services: ({ bus }) => ({ projectAccessCache: bus && createProjectAccessCache(bus.epochs) }),
  context: ({ prisma, clients, services }, identity) => ({
    identity,
    prisma,
    loaders: createLoaders(prisma, identity, clients.projects, services.projectAccessCache),
    projectAccessCache: services.projectAccessCache,
  }),
});
