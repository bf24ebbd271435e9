import type { AnalyticsTx } from '../db';

/** Ends the person's weekly report of the dashboard; nothing happens when there was none. */
export async function unsubscribeFromDashboardReport(
  tx: AnalyticsTx,
  input: { dashboardId: string; userId: string },
): Promise<void> {
  await tx.dashboardReportSubscription.deleteMany({ where: input });
}
