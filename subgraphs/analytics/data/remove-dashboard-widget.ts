import type { AnalyticsTx } from '../db';
import type { Dashboard } from '../generated/prisma/client';
import type { DashboardAudience } from '../rules/dashboard-access';
import { bumpVersion, densifyPositions, lockDashboard } from './dashboard-writes';
import { widgetOfLocked } from './update-dashboard-widget';

/** Removes a widget of the locked dashboard and closes the gap: the widgets after it move up one. */
export async function removeDashboardWidget(
  tx: AnalyticsTx,
  remove: { widgetId: string; dashboardId: string; checked: DashboardAudience },
): Promise<Dashboard> {
  await lockDashboard(tx, remove.dashboardId, remove.checked);
  await widgetOfLocked(tx, remove.dashboardId, remove.widgetId);
  await tx.dashboardWidget.delete({ where: { id: remove.widgetId } });
  await densifyPositions(tx, remove.dashboardId);
  return bumpVersion(tx, remove.dashboardId);
}
