import DataLoader from 'dataloader';
import { byId, groupedBy } from '../../../lib/loader-results';
import type { AnalyticsPrisma } from '../db';
import { dashboardsByIds, widgetsByIds, widgetsOfDashboards } from '../data/dashboard-reads';
import type { DashboardWidgetRow } from '../data/dashboard-widget-json';
import type { Dashboard } from '../generated/prisma/client';

/** Dashboards and their widgets: one statement per batch of a request. */
export function dashboardLoaders(prisma: AnalyticsPrisma) {
  return {
    dashboardById: new DataLoader<string, Dashboard | null>(async (ids) =>
      byId(ids, await dashboardsByIds(prisma, ids)),
    ),
    widgetById: new DataLoader<string, DashboardWidgetRow | null>(async (ids) =>
      byId(ids, await widgetsByIds(prisma, ids)),
    ),
    /** `Dashboard.widgets`, in position order, by dashboard id. */
    widgetsOfDashboard: new DataLoader<string, DashboardWidgetRow[]>(async (dashboardIds) =>
      groupedBy(dashboardIds, await widgetsOfDashboards(prisma, dashboardIds), (widget) => widget.dashboardId),
    ),
  };
}
