import { defineSubgraph } from '../../lib/server/define-subgraph';
import { ChartRenderer } from './charts/chart-renderer';
import { createAnalyticsContext } from './context';
import { purgeOrganization, purgeProject } from './data/purges';
import { PrismaClient } from './generated/prisma/client';
import { permissions } from './permissions';
import { startFlowProjection } from './projection/consumer';
import { startReportScheduler } from './reports/report-scheduler';
import { resolvers } from './resolvers';
import { analyticsSettings } from './settings';

export default defineSubgraph({
  name: 'analytics',
  prisma: (options) => new PrismaClient(options),
  resolvers,
  permissions,
  // Project roles from projects, organization roles from users, saved views' items from work-items.
  calls: ['projects', 'users', 'work-items'],
  publishes: ['analytics'],
  consumes: ['work-items', 'projects', 'users'],
  settings: analyticsSettings,
  services: () => ({ charts: new ChartRenderer() }),
  context: (runtime, identity) => createAnalyticsContext(runtime, identity),
  workers: {
    // Listed first, so stopped last: requests still drawing finish before the worker goes.
    charts: ({ services }) => ({ stop: () => services.charts.close() }),
    projection: ({ prisma, bus, logger }) => bus && startFlowProjection({ prisma, bus, logger }),
    // Writes to the outbox only: it runs with or without a bus (the relay publishes when there is one).
    reports: (runtime) =>
      startReportScheduler({
        prisma: runtime.prisma,
        contextFor: (userId) =>
          createAnalyticsContext(runtime, { viewer: { userId }, service: null, clientAddress: null }),
        publicUrl: runtime.publicUrl,
        logger: runtime.logger,
        pollMs: runtime.settings.ANALYTICS_REPORT_POLL_MS,
      }),
  },
  purgeProject: ({ prisma }, project) => purgeProject(prisma, project),
  purgeOrganization: ({ prisma }, organization) => purgeOrganization(prisma, organization),
});
