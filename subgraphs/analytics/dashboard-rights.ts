import { forbidden, notFound } from '../../lib/errors';
import type { OrganizationRole } from '../../lib/roles';
import { viewerIdOf, type AnalyticsContext } from './context';
import type { DashboardWidgetRow } from './data/dashboard-widget-json';
import type { Dashboard } from './generated/prisma/client';
import {
  canEditDashboard,
  canSeeDashboard,
  needsProjectRole,
  type DashboardAudience,
  type ViewerStanding,
} from './rules/dashboard-access';

// The viewer's rights on dashboards, from roles asked of users (organization) and projects (project)
// through the request's loaders, decided by the pure rules of rules/dashboard-access.ts. Roles are
// never cached beyond the request: a member removed from the organization loses access at once.

/** Where the signed-in viewer stands towards a dashboard; null for nobody signed in. */
export async function standingOf(
  context: AnalyticsContext,
  dashboard: DashboardAudience & { organizationId: string },
): Promise<ViewerStanding | null> {
  const userId = context.identity.viewer?.userId;
  if (!userId) return null;
  const [organizationRole, project] = await Promise.all([
    context.loaders.organizationRole.load({ organizationId: dashboard.organizationId, userId }),
    needsProjectRole(dashboard, userId) && dashboard.projectId
      ? context.loaders.projectAccess.load({ projectId: dashboard.projectId, userId })
      : null,
  ]);
  return { userId, organizationRole, projectRole: project?.role ?? null };
}

/** Whether the viewer sees the dashboard, without throwing: for references and `node(id)`. */
export async function canSee(context: AnalyticsContext, dashboard: Dashboard): Promise<boolean> {
  const standing = await standingOf(context, dashboard);
  return standing !== null && canSeeDashboard(dashboard, standing);
}

export async function canEdit(context: AnalyticsContext, dashboard: Dashboard): Promise<boolean> {
  const standing = await standingOf(context, dashboard);
  return standing !== null && canEditDashboard(dashboard, standing);
}

/** A dashboard the viewer sees. A missing one and a hidden one give the same NOT_FOUND, so existence does not leak. */
export async function visibleDashboard(context: AnalyticsContext, id: string): Promise<Dashboard> {
  const dashboard = await context.loaders.dashboardById.load(id);
  if (!dashboard || !(await canSee(context, dashboard))) throw notFound('Dashboard');
  return dashboard;
}

/** As visibleDashboard, and FORBIDDEN when the viewer sees it but may not change it. */
export async function editableDashboard(context: AnalyticsContext, id: string): Promise<Dashboard> {
  const dashboard = await visibleDashboard(context, id);
  if (!(await canEdit(context, dashboard))) {
    throw forbidden(
      'Only its owner, or an ADMIN of the project or organization it is shared with, may change this dashboard.',
    );
  }
  return dashboard;
}

/** A widget on a dashboard the viewer sees; NOT_FOUND (for the widget) otherwise. */
export async function visibleWidget(
  context: AnalyticsContext,
  id: string,
): Promise<{ widget: DashboardWidgetRow; dashboard: Dashboard }> {
  const widget = await context.loaders.widgetById.load(id);
  const dashboard = widget && (await context.loaders.dashboardById.load(widget.dashboardId));
  if (!widget || !dashboard || !(await canSee(context, dashboard))) throw notFound('Dashboard widget');
  return { widget, dashboard };
}

/** As visibleWidget, and FORBIDDEN unless the viewer may change its dashboard. */
export async function editableWidget(
  context: AnalyticsContext,
  id: string,
): Promise<{ widget: DashboardWidgetRow; dashboard: Dashboard }> {
  const found = await visibleWidget(context, id);
  await editableDashboard(context, found.dashboard.id);
  return found;
}

/** The viewer's role in an organization; NOT_FOUND for one they are not a member of. */
export async function organizationMembership(
  context: AnalyticsContext,
  organizationId: string,
): Promise<OrganizationRole> {
  const role = await context.loaders.organizationRole.load({ organizationId, userId: viewerIdOf(context) });
  if (!role) throw notFound('Organization');
  return role;
}
