import type { OrganizationRole, ProjectRole } from '../../../lib/roles';
import {
  asSharing,
  canEditDashboard,
  canSeeDashboard,
  maySetSharing,
  needsProjectRole,
  sameAudience,
  type DashboardAudience,
} from './dashboard-access';

const owner = 'owner';
const project = 'project';
const dashboard = (sharing: string, projectId: string | null = null): DashboardAudience => ({
  ownerId: owner,
  sharing,
  projectId,
});
const viewer = (userId: string, organizationRole: OrganizationRole | null, projectRole: ProjectRole | null = null) => ({
  userId,
  organizationRole,
  projectRole,
});

describe('canSeeDashboard', () => {
  it('shows a private dashboard to its owner only', () => {
    expect(canSeeDashboard(dashboard('PRIVATE'), viewer(owner, 'GUEST'))).toBe(true);
    expect(canSeeDashboard(dashboard('PRIVATE'), viewer('admin', 'OWNER', 'ADMIN'))).toBe(false);
  });

  it('hides even their own dashboard from an owner who left the organization', () => {
    for (const sharing of ['PRIVATE', 'PROJECT', 'ORGANIZATION']) {
      expect(canSeeDashboard(dashboard(sharing, project), viewer(owner, null, 'ADMIN'))).toBe(false);
    }
  });

  it('shows a project-shared dashboard to anyone with a role in the project, guests included', () => {
    const shared = dashboard('PROJECT', project);
    expect(canSeeDashboard(shared, viewer('v', 'MEMBER', 'VIEWER'))).toBe(true);
    expect(canSeeDashboard(shared, viewer('g', 'GUEST', 'VIEWER'))).toBe(true);
    expect(canSeeDashboard(shared, viewer('m', 'OWNER', null))).toBe(false);
    expect(canSeeDashboard(shared, viewer('x', null, 'ADMIN'))).toBe(false);
  });

  it('shows an organization-shared dashboard to every member but guests', () => {
    const shared = dashboard('ORGANIZATION');
    expect(canSeeDashboard(shared, viewer('m', 'MEMBER'))).toBe(true);
    expect(canSeeDashboard(shared, viewer('a', 'ADMIN'))).toBe(true);
    expect(canSeeDashboard(shared, viewer('g', 'GUEST'))).toBe(false);
    expect(canSeeDashboard(shared, viewer('x', null))).toBe(false);
  });

  it('shares an unknown sharing value with nobody but the owner', () => {
    expect(canSeeDashboard(dashboard('EVERYONE'), viewer('m', 'OWNER', 'ADMIN'))).toBe(false);
    expect(canSeeDashboard(dashboard('EVERYONE'), viewer(owner, 'MEMBER'))).toBe(true);
  });
});

describe('canEditDashboard', () => {
  it('lets the owner change it while a member', () => {
    expect(canEditDashboard(dashboard('PRIVATE'), viewer(owner, 'GUEST'))).toBe(true);
    expect(canEditDashboard(dashboard('PRIVATE'), viewer(owner, null))).toBe(false);
  });

  it('lets project ADMINs change a project-shared dashboard, not its members or viewers', () => {
    const shared = dashboard('PROJECT', project);
    expect(canEditDashboard(shared, viewer('a', 'MEMBER', 'ADMIN'))).toBe(true);
    expect(canEditDashboard(shared, viewer('m', 'MEMBER', 'MEMBER'))).toBe(false);
    expect(canEditDashboard(shared, viewer('o', 'OWNER', 'VIEWER'))).toBe(false);
  });

  it('lets organization OWNERs and ADMINs change an organization-shared dashboard', () => {
    const shared = dashboard('ORGANIZATION');
    expect(canEditDashboard(shared, viewer('o', 'OWNER'))).toBe(true);
    expect(canEditDashboard(shared, viewer('a', 'ADMIN'))).toBe(true);
    expect(canEditDashboard(shared, viewer('m', 'MEMBER', 'ADMIN'))).toBe(false);
  });

  it('lets no organization ADMIN into a private dashboard', () => {
    expect(canEditDashboard(dashboard('PRIVATE'), viewer('o', 'OWNER'))).toBe(false);
  });
});

describe('needsProjectRole', () => {
  it('asks for a project role only for someone else’s project-shared dashboard', () => {
    expect(needsProjectRole(dashboard('PROJECT', project), 'v')).toBe(true);
    expect(needsProjectRole(dashboard('PROJECT', project), owner)).toBe(false);
    expect(needsProjectRole(dashboard('ORGANIZATION'), 'v')).toBe(false);
  });
});

describe('maySetSharing', () => {
  it('keeps guests from sharing with the whole organization', () => {
    expect(maySetSharing('GUEST', 'ORGANIZATION')).toBe(false);
    expect(maySetSharing('GUEST', 'PROJECT')).toBe(true);
    expect(maySetSharing('MEMBER', 'ORGANIZATION')).toBe(true);
    expect(maySetSharing(null, 'PRIVATE')).toBe(false);
  });
});

describe('sameAudience', () => {
  it('tells apart a change of owner, sharing or project', () => {
    const shared = dashboard('PROJECT', project);
    expect(sameAudience(shared, { ...shared })).toBe(true);
    expect(sameAudience(shared, { ...shared, projectId: 'other' })).toBe(false);
    expect(sameAudience(shared, { ...shared, sharing: 'PRIVATE' })).toBe(false);
    expect(sameAudience(shared, { ...shared, ownerId: 'other' })).toBe(false);
  });
});

describe('asSharing', () => {
  it('reads an unknown stored value as PRIVATE', () => {
    expect(asSharing('PROJECT')).toBe('PROJECT');
    expect(asSharing('EVERYONE')).toBe('PRIVATE');
  });
});
