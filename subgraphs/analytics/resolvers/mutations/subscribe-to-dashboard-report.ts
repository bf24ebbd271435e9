import { fromGlobalId } from '../../../../lib/ids';
import { viewerIdOf } from '../../context';
import { visibleDashboard } from '../../dashboard-rights';
import { subscribeToDashboardReport } from '../../data/subscribe-to-dashboard-report';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { reportWeekOf } from '../../rules/report-week';
import { writeDashboard } from './write-dashboard';

/** Whoever sees the dashboard; the first report goes out at the next week's start. */
export const subscribeToDashboardReportMutation: MutationResolvers = {
  subscribeToDashboardReport: async (_parent, { input }, context) => {
    const dashboardId = fromGlobalId(input.dashboardId, 'Dashboard', 'input.dashboardId');
    const dashboard = await visibleDashboard(context, dashboardId);
    const subscriber = { dashboardId, userId: viewerIdOf(context), week: reportWeekOf(new Date()) };
    await writeDashboard(context, (tx) => subscribeToDashboardReport(tx, subscriber, dashboard));
    return { dashboard };
  },
};
