import { defineSubgraph } from '../../lib/server/define-subgraph';
import { startOrganizationConsumer } from './events/organization-consumer';
import { PrismaClient } from './generated/prisma/client';
import { createLoaders } from './loaders';
import { permissions } from './permissions';
import { resolvers } from './resolvers';

export default defineSubgraph({
  name: 'projects',
  prisma: (options) => new PrismaClient(options),
  resolvers,
  permissions,
  // Organization roles come from the users subgraph itself (not the router).
  calls: ['users'],
  publishes: ['projects'],
  consumes: ['users'],
  context: ({ prisma, clients }, identity) => ({
    identity,
    prisma,
    loaders: createLoaders(prisma, identity, clients.users),
  }),
  workers: {
    // Consumer group `projects` on the `users` stream: members who leave an organization leave its projects.
    organizationConsumer: ({ prisma, bus, logger }) => bus && startOrganizationConsumer({ prisma, bus, logger }),
  },
});
