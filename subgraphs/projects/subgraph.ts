import { startAccessEpochConsumer } from '../../lib/cache/access-epoch-consumer';
import { createEntityCache } from '../../lib/cache/entity-cache';
import { defineSubgraph } from '../../lib/server/define-subgraph';
import { startOrganizationConsumer } from './events/organization-consumer';
import { PrismaClient, type Project } from './generated/prisma/client';
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
  consumes: ['users', 'projects'],
  services: ({ bus }) => ({
    accessEpochs: bus?.epochs,
    // Projects by id (names and keys on every board and item), invalidated by their entity epochs.
    projectCache: bus && createEntityCache<Project>(bus.epochs, 'Project'),
  }),
  context: ({ prisma, clients, services, roleCaches }, identity) => ({
    identity,
    prisma,
    loaders: createLoaders(prisma, identity, clients.users, {
      organizationRoles: roleCaches?.organizationRole,
      projectAccess: roleCaches?.projectAccess,
      projects: services.projectCache,
    }),
    projectCache: services.projectCache,
    accessEpochs: services.accessEpochs,
  }),
  workers: {
    // Consumer group `projects` on the `users` stream: members who leave an organization leave its projects.
    organizationConsumer: ({ prisma, bus, logger }) => bus && startOrganizationConsumer({ prisma, bus, logger }),
    // Consumer group `access-epochs` on `projects` and `users`: the backstop of the writers' access and entity epoch bumps.
    accessEpochs: ({ bus }) => bus && startAccessEpochConsumer(bus),
  },
});
