import { userRef } from '../../../lib/entity-ref';
import { decodeGlobalId, fromGlobalId, toGlobalId } from '../../../lib/ids';
import { parsePage, toConnection } from '../../../lib/relay';
import { timeIdCursorOf } from '../../../lib/time-id-cursor';
import { readableProjectIds } from '../access';
import { viewerIdOf } from '../context';
import { canEdit, canSee, organizationMembership, visibleDashboard } from '../dashboard-rights';
import { countVisibleDashboards, sharedProjectIds, visibleDashboardsPage } from '../data/dashboard-reads';
import { chartToCsv } from '../charts/csv';
import { renderChart, renderChartPng } from '../charts/render-chart';
import { chartLinkUrl, type ChartFileFormat } from '../../../lib/chart-links';
import { chartLinkExpiry } from '../rules/chart-link';
import { widgetChart } from '../reports/widget-chart';
import type { Resolvers } from '../generated/resolvers-types';
import { asSharing, seesOrganizationShared } from '../rules/dashboard-access';

const rawIdOf = (globalId: string, type: string): string | null => {
  const decoded = decodeGlobalId(globalId);
  return decoded?.type === type ? decoded.id : null;
};

export const dashboardResolvers: Resolvers = {
  Query: {
    dashboard: (_parent, { id }, context) => visibleDashboard(context, fromGlobalId(id, 'Dashboard', 'id')),
    dashboards: async (_parent, args, context) => {
      const organizationId = fromGlobalId(args.organizationId, 'Organization', 'organizationId');
      const page = parsePage(args);
      const role = await organizationMembership(context, organizationId);
      // PROJECT-shared dashboards are listed for the projects the viewer can read: one batched call
      // for the few projects the organization's dashboards are shared with.
      const audience = {
        organizationId,
        viewerId: viewerIdOf(context),
        seesOrganizationShared: seesOrganizationShared(role),
        readableProjectIds: await readableProjectIds(context, await sharedProjectIds(context.prisma, organizationId)),
      };
      const rows = await visibleDashboardsPage(context.prisma, audience, page);
      return toConnection(
        rows,
        page,
        (row) => timeIdCursorOf(row.createdAt, row.id),
        () => countVisibleDashboards(context.prisma, audience),
      );
    },
  },
  Dashboard: {
    __resolveReference: async (reference, context) => {
      const id = rawIdOf(reference.id, 'Dashboard');
      const dashboard = id && (await context.loaders.dashboardById.load(id));
      return dashboard && (await canSee(context, dashboard)) ? dashboard : null;
    },
    id: (dashboard) => toGlobalId('Dashboard', dashboard.id),
    owner: (dashboard) => userRef(dashboard.ownerId),
    sharing: (dashboard) => asSharing(dashboard.sharing),
    project: (dashboard) =>
      dashboard.sharing === 'PROJECT' && dashboard.projectId ? { projectId: dashboard.projectId } : null,
    widgets: (dashboard, _args, context) => context.loaders.widgetsOfDashboard.load(dashboard.id),
    viewerCanEdit: (dashboard, _args, context) => canEdit(context, dashboard),
    viewerIsSubscribedToReport: (dashboard, _args, context) =>
      context.loaders.reportSubscribed.load({ dashboardId: dashboard.id, userId: viewerIdOf(context) }),
  },
  DashboardWidget: {
    __resolveReference: async (reference, context) => {
      const id = rawIdOf(reference.id, 'DashboardWidget');
      const widget = id && (await context.loaders.widgetById.load(id));
      const dashboard = widget && (await context.loaders.dashboardById.load(widget.dashboardId));
      return widget && dashboard && (await canSee(context, dashboard)) ? widget : null;
    },
    id: (widget) => toGlobalId('DashboardWidget', widget.id),
    dashboard: async (widget, _args, context) => visibleDashboard(context, widget.dashboardId),
    population: (widget) => widget.population,
    chart: async (widget, _args, context) => renderChart(context.charts, await widgetChart(context, widget)),
    csv: async (widget, _args, context) => chartToCsv((await widgetChart(context, widget)).table),
    chartPng: async (widget, _args, context) =>
      (await renderChartPng(context.charts, await widgetChart(context, widget))).toString('base64'),
    chartUrl: (widget, args, context) =>
      chartLinkUrl(context.chartLinks.publicUrl(), context.chartLinks.signingSecret, {
        widgetId: toGlobalId('DashboardWidget', widget.id),
        format: args.format.toLowerCase() as ChartFileFormat,
        userId: viewerIdOf(context),
        expires: chartLinkExpiry(args.expiresInSeconds),
      }),
  },
  WidgetPopulation: {
    project: (population) => ('projectId' in population ? { projectId: population.projectId } : null),
    team: (population) => ('teamId' in population ? { teamId: population.teamId } : null),
    savedView: (population) => ('savedViewId' in population ? { savedViewId: population.savedViewId } : null),
  },
};
