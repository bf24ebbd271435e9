import { fromGlobalId } from '../../../../lib/ids';
import { viewerIdOf } from '../../context';
import { visibleDashboard } from '../../dashboard-rights';
import { subscribeToDashboardReport, unsubscribeFromDashboardReport } from '../../data/dashboard-report-subscriptions';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { writeDashboard } from './write-dashboard';

/** Both need that the viewer sees the dashboard, and both are idempotent. */
export const dashboardReportSubscriptionMutations: MutationResolvers = {
  subscribeToDashboardReport: async (_parent, { input }, context) => {
    const dashboardId = fromGlobalId(input.dashboardId, 'Dashboard', 'input.dashboardId');
    const dashboard = await visibleDashboard(context, dashboardId);
    await writeDashboard(context, (tx) => subscribeToDashboardReport(tx, dashboardId, viewerIdOf(context)));
    return { dashboard };
  },
  unsubscribeFromDashboardReport: async (_parent, { input }, context) => {
    const dashboardId = fromGlobalId(input.dashboardId, 'Dashboard', 'input.dashboardId');
    const dashboard = await visibleDashboard(context, dashboardId);
    await writeDashboard(context, (tx) => unsubscribeFromDashboardReport(tx, dashboardId, viewerIdOf(context)));
    return { dashboard };
  },
};
