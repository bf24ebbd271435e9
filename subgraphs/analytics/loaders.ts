import { createRoleLoaders } from '../../lib/server/role-loaders';
import type { RoleCaches } from '../../lib/cache/role-caches';
import type { ServiceClient } from '../../lib/server/service-client';
import type { AnalyticsPrisma } from './db';
import { createFlowDataCache } from './loaders/flow-data';
import { dashboardLoaders } from './loaders/dashboards';
import { flowLoaders } from './loaders/flow';

/** Fresh per request, so nothing cached outlives the request or leaks between viewers. */
export function createLoaders(
  prisma: AnalyticsPrisma,
  clients: { projects: ServiceClient; users: ServiceClient },
  roleCaches?: RoleCaches,
) {
  return {
    ...createRoleLoaders(clients, roleCaches),
    ...flowLoaders(prisma),
    /** Everything one population and window's metrics read, read once per request. */
    flowData: createFlowDataCache(prisma),
    ...dashboardLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** After a dashboard write, what this request cached of dashboards may be stale: those batches start over. */
export function forgetDashboards(loaders: Loaders): void {
  loaders.dashboardById.clearAll();
  loaders.widgetById.clearAll();
  loaders.widgetsOfDashboard.clearAll();
  loaders.reportSubscribed.clearAll();
}
