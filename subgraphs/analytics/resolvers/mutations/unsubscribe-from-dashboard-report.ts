import { fromGlobalId } from '../../../../lib/ids';
import { viewerIdOf } from '../../context';
import { visibleDashboard } from '../../dashboard-rights';
import { unsubscribeFromDashboardReport } from '../../data/unsubscribe-from-dashboard-report';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { writeDashboard } from './write-dashboard';

/** Whoever sees the dashboard; one who lost access is unsubscribed when the next report is due. */
export const unsubscribeFromDashboardReportMutation: MutationResolvers = {
  unsubscribeFromDashboardReport: async (_parent, { input }, context) => {
    const dashboardId = fromGlobalId(input.dashboardId, 'Dashboard', 'input.dashboardId');
    const dashboard = await visibleDashboard(context, dashboardId);
    await writeDashboard(context, (tx) =>
      unsubscribeFromDashboardReport(tx, { dashboardId, userId: viewerIdOf(context) }),
    );
    return { dashboard };
  },
};
