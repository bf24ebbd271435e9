import type { AnalyticsTx } from '../db';
import type { DashboardAudience } from '../rules/dashboard-access';
import { lockDashboard } from './dashboard-writes';

/** Deletes the locked dashboard; its widgets and report subscriptions go with it (cascade). */
export async function deleteDashboard(tx: AnalyticsTx, id: string, checked: DashboardAudience): Promise<void> {
  await lockDashboard(tx, id, checked);
  await tx.dashboard.delete({ where: { id } });
}
