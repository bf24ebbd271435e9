import {
  organizationRoleAtLeast,
  projectRoleAtLeast,
  type OrganizationRole,
  type ProjectRole,
} from '../../../lib/roles';

/** Who can see a dashboard (DashboardSharing). */
export type DashboardSharing = 'PRIVATE' | 'PROJECT' | 'ORGANIZATION';
export const dashboardSharings: readonly DashboardSharing[] = ['PRIVATE', 'PROJECT', 'ORGANIZATION'];

/** The stored sharing; an unknown value shares with nobody but the owner, as PRIVATE does. */
export const asSharing = (value: string): DashboardSharing =>
  (dashboardSharings as readonly string[]).includes(value) ? (value as DashboardSharing) : 'PRIVATE';

/** What of a dashboard decides who sees and changes it. */
export interface DashboardAudience {
  ownerId: string;
  /** PRIVATE, PROJECT or ORGANIZATION; anything else is shared with nobody but the owner. */
  sharing: string;
  /** The project it is shared with when sharing is PROJECT. */
  projectId: string | null;
}

/**
 * Where the viewer stands towards one dashboard: their role in its organization (null: not a member)
 * and in the project it is shared with (null: none, or not asked because it is not PROJECT-shared).
 */
export interface ViewerStanding {
  userId: string;
  organizationRole: OrganizationRole | null;
  projectRole: ProjectRole | null;
}

/**
 * Who sees a dashboard. Nobody outside its organization, not even its owner: losing membership ends
 * every access at once. Then the owner; for PROJECT, anyone with a role in the project; for
 * ORGANIZATION, every member except GUESTs (a guest is let into chosen projects, not into
 * everything the organization shares).
 */
export function canSeeDashboard(dashboard: DashboardAudience, viewer: ViewerStanding): boolean {
  if (!viewer.organizationRole) return false;
  if (dashboard.ownerId === viewer.userId) return true;
  if (dashboard.sharing === 'PROJECT') return dashboard.projectId !== null && viewer.projectRole !== null;
  if (dashboard.sharing === 'ORGANIZATION') return seesOrganizationShared(viewer.organizationRole);
  return false;
}

/** Whether someone of this organization role sees what is shared with the organization: members, not guests. */
export const seesOrganizationShared = (role: OrganizationRole | null): boolean =>
  organizationRoleAtLeast(role, 'MEMBER');

/**
 * Who changes a dashboard (and its widgets, and deletes it): its owner while a member; the project's
 * ADMINs for PROJECT-shared; the organization's OWNERs and ADMINs for ORGANIZATION-shared.
 */
export function canEditDashboard(dashboard: DashboardAudience, viewer: ViewerStanding): boolean {
  if (!canSeeDashboard(dashboard, viewer)) return false;
  if (dashboard.ownerId === viewer.userId) return true;
  if (dashboard.sharing === 'PROJECT') return projectRoleAtLeast(viewer.projectRole, 'ADMIN');
  if (dashboard.sharing === 'ORGANIZATION') return organizationRoleAtLeast(viewer.organizationRole, 'ADMIN');
  return false;
}

/** Whether the viewer's project role matters for this dashboard: it is PROJECT-shared and not theirs. */
export const needsProjectRole = (dashboard: DashboardAudience, userId: string): boolean =>
  dashboard.sharing === 'PROJECT' && dashboard.projectId !== null && dashboard.ownerId !== userId;

/** Whether someone of this role may share with the whole organization: a GUEST, who cannot see such dashboards, may not. */
export const maySetSharing = (role: OrganizationRole | null, sharing: DashboardSharing): boolean =>
  sharing === 'ORGANIZATION' ? seesOrganizationShared(role) : role !== null;

/** Whether two readings of a dashboard grant the same rights: a change checked against one is still allowed under the other. */
export const sameAudience = (a: DashboardAudience, b: DashboardAudience): boolean =>
  a.ownerId === b.ownerId && a.sharing === b.sharing && a.projectId === b.projectId;
