import type { AnalyticsTx } from '../db';
import type { DashboardAudience } from '../rules/dashboard-access';
import { lockDashboard } from './dashboard-writes';

/**
 * The person's weekly report of the locked dashboard, starting after `week` (the report week they
 * subscribe in, counted as reported): one row per (dashboard, person). Subscribing again keeps the
 * row as it is; the dashboard's version does not change.
 */
export async function subscribeToDashboardReport(
  tx: AnalyticsTx,
  input: { dashboardId: string; userId: string; week: string },
  checked: DashboardAudience,
): Promise<void> {
  await lockDashboard(tx, input.dashboardId, checked);
  await tx.dashboardReportSubscription.createMany({
    data: [{ dashboardId: input.dashboardId, userId: input.userId, lastWeek: new Date(`${input.week}T00:00:00Z`) }],
    skipDuplicates: true,
  });
}
