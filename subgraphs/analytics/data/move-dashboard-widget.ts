import type { AnalyticsTx } from '../db';
import type { Dashboard } from '../generated/prisma/client';
import type { DashboardAudience } from '../rules/dashboard-access';
import { bumpVersion, densifyPositions, lockDashboard } from './dashboard-writes';
import { widgetOfLocked } from './update-dashboard-widget';

/**
 * Moves a widget of the locked dashboard to `position` (past the end: last); the others keep their
 * order and every position is renumbered 0..n-1 in one statement. A move that moves nothing counts no version.
 */
export async function moveDashboardWidget(
  tx: AnalyticsTx,
  move: { widgetId: string; dashboardId: string; checked: DashboardAudience; position: number },
): Promise<Dashboard> {
  const dashboard = await lockDashboard(tx, move.dashboardId, move.checked);
  await widgetOfLocked(tx, move.dashboardId, move.widgetId);
  const moved = await densifyPositions(tx, move.dashboardId, { widgetId: move.widgetId, position: move.position });
  return moved ? bumpVersion(tx, move.dashboardId) : dashboard;
}
