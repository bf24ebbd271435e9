import { chartLinkUrl } from '../../../lib/chart-links';
import { AppError, ErrorCode } from '../../../lib/errors';
import type { DashboardReportWidget } from '../../../lib/events/envelope';
import { toGlobalId } from '../../../lib/ids';
import { viewerIdOf, type AnalyticsContext } from '../context';
import { canSee } from '../dashboard-rights';
import type { DashboardWidgetRow } from '../data/dashboard-widget-json';
import type { Dashboard } from '../generated/prisma/client';
import { widgetChart } from './widget-chart';

/** A dashboard's weekly report as its subscriber (the context's viewer) sees it now. */
export interface ComposedReport {
  dashboard: Dashboard;
  widgets: DashboardReportWidget[];
}

/** The dashboard's page in the web client (the router's public address serves the client). */
export const dashboardPageUrl = (publicUrl: string, dashboardId: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/dashboards/${encodeURIComponent(toGlobalId('Dashboard', dashboardId))}`;

/** What the report says of a widget whose population the subscriber cannot measure now. */
function hiddenWidgetSummary(error: unknown): string | null {
  if (!(error instanceof AppError)) return null;
  if (error.code === ErrorCode.NotFound) return 'Not shown: you cannot read what this chart measures.';
  if (error.code === ErrorCode.BadUserInput) return `Not shown: ${error.message}`;
  return null;
}

async function reportWidget(
  context: AnalyticsContext,
  widget: DashboardWidgetRow,
  expires: number,
): Promise<DashboardReportWidget> {
  const base = { widgetId: widget.id, title: widget.title };
  try {
    const chart = await widgetChart(context, widget);
    const { publicUrl, signingSecret } = context.chartLinks;
    const widgetId = toGlobalId('DashboardWidget', widget.id);
    const userId = viewerIdOf(context);
    return {
      ...base,
      summary: chart.summary,
      chartUrl: chartLinkUrl(publicUrl(), signingSecret, { widgetId, format: 'png', userId, expires }),
    };
  } catch (error) {
    // A widget's population is checked when it is drawn: one the subscriber cannot read is named, not drawn.
    const summary = hiddenWidgetSummary(error);
    if (summary === null) throw error;
    return { ...base, summary, chartUrl: null };
  }
}

/**
 * The report of a dashboard for the context's viewer, with access checked now through the same
 * rights as every request (organization role from users, project role from projects): null when
 * the dashboard is gone or they no longer see it. Each widget's chart is built as they would see it
 * (`widgetChart`), its link signed for them until `expires` (unix seconds). An outage of a service
 * asked fails the whole report, to be tried again.
 */
export async function composeDashboardReport(
  context: AnalyticsContext,
  dashboardId: string,
  expires: number,
): Promise<ComposedReport | null> {
  const dashboard = await context.loaders.dashboardById.load(dashboardId);
  if (!dashboard || !(await canSee(context, dashboard))) return null;
  const widgets: DashboardReportWidget[] = [];
  // One at a time: a report is background work, and each chart may read a whole window of facts.
  for (const widget of await context.loaders.widgetsOfDashboard.load(dashboardId)) {
    widgets.push(await reportWidget(context, widget, expires));
  }
  return { dashboard, widgets };
}
