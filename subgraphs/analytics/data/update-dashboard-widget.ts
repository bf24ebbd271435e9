import { notFound } from '../../../lib/errors';
import type { AnalyticsTx } from '../db';
import type { FlowMetricKind } from '../generated/resolvers-types';
import type { DashboardAudience } from '../rules/dashboard-access';
import { toWidgetRow, type DashboardWidgetRow, type WidgetPopulationRef } from './dashboard-widget-json';
import { bumpVersion, lockDashboard } from './dashboard-writes';

export interface WidgetChanges {
  title?: string;
  metric?: FlowMetricKind;
  /** Checked by the caller, as for a new widget. */
  population?: WidgetPopulationRef;
  days?: number;
}

/** The widget of `dashboardId`, read under the dashboard's lock; NOT_FOUND when it left meanwhile. */
export async function widgetOfLocked(tx: AnalyticsTx, dashboardId: string, widgetId: string) {
  const widget = await tx.dashboardWidget.findFirst({ where: { id: widgetId, dashboardId } });
  if (!widget) throw notFound('Dashboard widget');
  return toWidgetRow(widget);
}

/** Changes a widget of the locked dashboard; a real change counts a version of the dashboard. */
export async function updateDashboardWidget(
  tx: AnalyticsTx,
  update: { widgetId: string; dashboardId: string; checked: DashboardAudience; changes: WidgetChanges },
): Promise<DashboardWidgetRow> {
  await lockDashboard(tx, update.dashboardId, update.checked);
  const current = await widgetOfLocked(tx, update.dashboardId, update.widgetId);
  const next = {
    title: update.changes.title ?? current.title,
    metric: update.changes.metric ?? current.metric,
    population: update.changes.population ?? current.population,
    days: update.changes.days ?? current.days,
  };
  const unchanged =
    next.title === current.title &&
    next.metric === current.metric &&
    JSON.stringify(next.population) === JSON.stringify(current.population) &&
    next.days === current.days;
  if (unchanged) return current;
  const updated = await tx.dashboardWidget.update({
    where: { id: current.id },
    data: { title: next.title, metric: next.metric, population: next.population, parameters: { days: next.days } },
  });
  await bumpVersion(tx, update.dashboardId);
  return toWidgetRow(updated);
}
