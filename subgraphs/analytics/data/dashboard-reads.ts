import type { Page } from '../../../lib/relay';
import { prismaTimeIdPage } from '../../../lib/time-id-cursor';
import type { AnalyticsPrisma } from '../db';
import type { Dashboard, Prisma } from '../generated/prisma/client';
import { toWidgetRow, type DashboardWidgetRow } from './dashboard-widget-json';

// Reads of dashboards, for the per-request loaders and `Query.dashboards`. Single-table reads by key
// or by the (organization_id, ...) index: Prisma's model API.

export function dashboardsByIds(prisma: AnalyticsPrisma, ids: readonly string[]): Promise<Dashboard[]> {
  return prisma.dashboard.findMany({ where: { id: { in: [...ids] } } });
}

export async function widgetsByIds(prisma: AnalyticsPrisma, ids: readonly string[]): Promise<DashboardWidgetRow[]> {
  return (await prisma.dashboardWidget.findMany({ where: { id: { in: [...ids] } } })).map(toWidgetRow);
}

/** The widgets of these dashboards, each dashboard's in position order (index dashboard_id, position). */
export async function widgetsOfDashboards(
  prisma: AnalyticsPrisma,
  dashboardIds: readonly string[],
): Promise<DashboardWidgetRow[]> {
  const rows = await prisma.dashboardWidget.findMany({
    where: { dashboardId: { in: [...dashboardIds] } },
    orderBy: [{ dashboardId: 'asc' }, { position: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toWidgetRow);
}

export interface ReportSubscriptionKey {
  dashboardId: string;
  userId: string;
}

/** Of these (dashboard, person) pairs, those subscribed to the weekly report. */
export function reportSubscriptionsOf(
  prisma: AnalyticsPrisma,
  keys: readonly ReportSubscriptionKey[],
): Promise<ReportSubscriptionKey[]> {
  return prisma.dashboardReportSubscription.findMany({
    where: {
      dashboardId: { in: [...new Set(keys.map((key) => key.dashboardId))] },
      userId: { in: [...new Set(keys.map((key) => key.userId))] },
    },
    select: { dashboardId: true, userId: true },
  });
}

/** The projects an organization's PROJECT-shared dashboards are shared with: whose roles decide the list. */
export async function sharedProjectIds(prisma: AnalyticsPrisma, organizationId: string): Promise<string[]> {
  const rows = await prisma.dashboard.groupBy({
    by: ['projectId'],
    where: { organizationId, sharing: 'PROJECT', projectId: { not: null } },
  });
  return rows.flatMap((row) => (row.projectId ? [row.projectId] : []));
}

/** Which of an organization's dashboards a viewer sees, as `rules/dashboard-access.ts` decides, in SQL. */
export interface DashboardListAudience {
  organizationId: string;
  viewerId: string;
  /** Whether the viewer sees ORGANIZATION-shared dashboards (members, not guests). */
  seesOrganizationShared: boolean;
  /** The projects the viewer can read, of those in `sharedProjectIds`. */
  readableProjectIds: string[];
}

function visibleWhere(audience: DashboardListAudience): Prisma.DashboardWhereInput {
  return {
    organizationId: audience.organizationId,
    OR: [
      { ownerId: audience.viewerId },
      ...(audience.seesOrganizationShared ? [{ sharing: 'ORGANIZATION' }] : []),
      { sharing: 'PROJECT', projectId: { in: audience.readableProjectIds } },
    ],
  };
}

/** One page of the dashboards the viewer sees, newest first by (created_at, id). */
export function visibleDashboardsPage(
  prisma: AnalyticsPrisma,
  audience: DashboardListAudience,
  page: Page,
): Promise<Dashboard[]> {
  const keyset = prismaTimeIdPage(page, 'createdAt', 'DESC');
  return prisma.dashboard.findMany({
    where: { ...visibleWhere(audience), ...keyset.where },
    orderBy: keyset.orderBy,
    take: keyset.take,
  });
}

export function countVisibleDashboards(prisma: AnalyticsPrisma, audience: DashboardListAudience): Promise<number> {
  return prisma.dashboard.count({ where: visibleWhere(audience) });
}
