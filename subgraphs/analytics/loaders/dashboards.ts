import DataLoader from 'dataloader';
import { byId, groupedBy } from '../../../lib/loader-results';
import type { AnalyticsPrisma } from '../db';
import {
  dashboardsByIds,
  reportSubscriptionsOf,
  widgetsByIds,
  widgetsOfDashboards,
  type ReportSubscriptionKey,
} from '../data/dashboard-reads';
import type { DashboardWidgetRow } from '../data/dashboard-widget-json';
import type { Dashboard } from '../generated/prisma/client';

const subscriptionKey = (key: ReportSubscriptionKey) => `${key.dashboardId}:${key.userId}`;

/** Dashboards, their widgets and report subscriptions: one statement per batch of a request. */
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
    /** `Dashboard.viewerIsSubscribedToReport`, by (dashboard, person). */
    reportSubscribed: new DataLoader<ReportSubscriptionKey, boolean, string>(
      async (keys) => {
        const found = new Set((await reportSubscriptionsOf(prisma, keys)).map(subscriptionKey));
        return keys.map((key) => found.has(subscriptionKey(key)));
      },
      { cacheKeyFn: subscriptionKey },
    ),
  };
}
