import { conflict } from '../../../lib/errors';
import type { AnalyticsTx } from '../db';
import type { Dashboard } from '../generated/prisma/client';
import type { FlowMetricKind } from '../generated/resolvers-types';
import type { DashboardAudience } from '../rules/dashboard-access';
import { maxWidgetsPerDashboard } from '../rules/dashboard-input';
import { toWidgetRow, type DashboardWidgetRow, type WidgetPopulationRef } from './dashboard-widget-json';
import { bumpVersion, lockDashboard } from './dashboard-writes';

export interface NewWidget {
  dashboardId: string;
  title: string;
  metric: FlowMetricKind;
  /** Checked by the caller: the viewer can read it, and it is in the dashboard's organization. */
  population: WidgetPopulationRef;
  days: number;
}

/**
 * Adds a widget at the end of the locked dashboard: position n of n widgets, so positions stay
 * 0..n-1. CONFLICT on `input.dashboardId` when it already holds the most widgets a dashboard may.
 */
export async function addDashboardWidget(
  tx: AnalyticsTx,
  widget: NewWidget,
  checked: DashboardAudience,
): Promise<{ widget: DashboardWidgetRow; dashboard: Dashboard }> {
  await lockDashboard(tx, widget.dashboardId, checked);
  const count = await tx.dashboardWidget.count({ where: { dashboardId: widget.dashboardId } });
  if (count >= maxWidgetsPerDashboard) {
    throw conflict(`A dashboard holds at most ${maxWidgetsPerDashboard} widgets.`, {
      field: 'input.dashboardId',
      limit: maxWidgetsPerDashboard,
    });
  }
  const created = await tx.dashboardWidget.create({
    data: {
      dashboardId: widget.dashboardId,
      position: count,
      title: widget.title,
      metric: widget.metric,
      population: widget.population,
      parameters: { days: widget.days },
    },
  });
  return { widget: toWidgetRow(created), dashboard: await bumpVersion(tx, widget.dashboardId) };
}
