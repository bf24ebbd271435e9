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
  context: ({ prisma, clients, roleCaches }, identity) => ({
    identity,
    prisma,
    loaders: createLoaders(prisma, identity, clients.projects, roleCaches?.projectAccess),
  }),
});
