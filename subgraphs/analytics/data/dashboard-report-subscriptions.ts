import type { AnalyticsTx } from '../db';

// A person's weekly report of a dashboard: one row per (dashboard, person). Both writes are idempotent
// and change nothing of the dashboard itself (no version); a dashboard deleted meanwhile gets no row.

export async function subscribeToDashboardReport(tx: AnalyticsTx, dashboardId: string, userId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO analytics.dashboard_report_subscription (dashboard_id, user_id)
    SELECT d.id, ${userId}::uuid FROM analytics.dashboard d WHERE d.id = ${dashboardId}::uuid
    ON CONFLICT DO NOTHING`;
}

export async function unsubscribeFromDashboardReport(
  tx: AnalyticsTx,
  dashboardId: string,
  userId: string,
): Promise<void> {
  await tx.dashboardReportSubscription.deleteMany({ where: { dashboardId, userId } });
}
