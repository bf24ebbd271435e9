import { defineSubgraph } from '../../lib/server/define-subgraph';
import { PrismaClient } from './generated/prisma/client';
import { createLoaders } from './loaders';
import { startSprintPlacementProjection, startWatcherProjection } from './events/read-model-projections';
import { purgeProject } from './data/purge-project';
import { createProjectConfigCaches } from './loaders/project-config';
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
  // Watchers from notifications and placements from sprints, for the `watcher` and `sprint` filters.
  consumes: ['projects', 'notifications', 'sprints'],
  services: ({ bus }) => ({
    // Settings, workflow states and custom fields per project, under epochs their writers bump.
    projectConfig: bus && createProjectConfigCaches(bus.epochs),
  }),
  context: ({ prisma, clients, roleCaches, services, publicUrl }, identity) => ({
    identity,
    prisma,
    publicUrl,
    loaders: createLoaders(prisma, identity, clients.projects, {
      projectAccess: roleCaches?.projectAccess,
      projectConfig: services.projectConfig,
    }),
    projectConfigChanged: async (projectId: string) => {
      await services.projectConfig?.changed(projectId);
    },
  }),
  workers: {
    watchers: ({ prisma, bus, logger }) => bus && startWatcherProjection({ prisma, bus, logger }),
    sprints: ({ prisma, bus, logger }) => bus && startSprintPlacementProjection({ prisma, bus, logger }),
  },
  purgeProject: async ({ prisma, services }, project) => {
    const purged = await purgeProject(prisma, project.id);
    await services.projectConfig?.changed(project.id);
    return purged;
  },
});
