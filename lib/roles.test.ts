import {
  asProjectRole,
  highestProjectRole,
  organizationRoleAtLeast,
  permissionsOf,
  projectRoleAtLeast,
  projectRoleOfRank,
} from './roles';

describe('project roles', () => {
  test('the effective role is the highest of the given roles', () => {
    expect(highestProjectRole(['VIEWER', 'ADMIN', 'MEMBER'])).toBe('ADMIN');
    expect(highestProjectRole([null, 'VIEWER', undefined])).toBe('VIEWER');
    expect(highestProjectRole(['MEMBER', 'VIEWER'])).toBe('MEMBER');
    expect(highestProjectRole([])).toBeNull();
  });

  test('a role satisfies itself and every lower requirement', () => {
    expect(projectRoleAtLeast('ADMIN', 'VIEWER')).toBe(true);
    expect(projectRoleAtLeast('MEMBER', 'MEMBER')).toBe(true);
    expect(projectRoleAtLeast('MEMBER', 'ADMIN')).toBe(false);
    expect(projectRoleAtLeast(null, 'VIEWER')).toBe(false);
  });

  test('organization roles rank OWNER > ADMIN > MEMBER > GUEST', () => {
    expect(organizationRoleAtLeast('OWNER', 'ADMIN')).toBe(true);
    expect(organizationRoleAtLeast('ADMIN', 'ADMIN')).toBe(true);
    expect(organizationRoleAtLeast('MEMBER', 'ADMIN')).toBe(false);
    expect(organizationRoleAtLeast('GUEST', 'MEMBER')).toBe(false);
    expect(organizationRoleAtLeast(null, 'GUEST')).toBe(false);
  });

  test('permissions: VIEWER reads, MEMBER writes, ADMIN administers and manages members', () => {
    expect(permissionsOf('VIEWER')).toEqual({
      canRead: true,
      canWrite: false,
      canAdminister: false,
      canManageMembers: false,
    });
    expect(permissionsOf('MEMBER')).toEqual({
      canRead: true,
      canWrite: true,
      canAdminister: false,
      canManageMembers: false,
    });
    expect(permissionsOf('ADMIN')).toEqual({
      canRead: true,
      canWrite: true,
      canAdminister: true,
      canManageMembers: true,
    });
    expect(permissionsOf(null)).toEqual({
      canRead: false,
      canWrite: false,
      canAdminister: false,
      canManageMembers: false,
    });
  });

  test('SQL ranks map back to roles, and unknown stored roles give no access', () => {
    expect([3, 2, 1, 0, null].map(projectRoleOfRank)).toEqual(['ADMIN', 'MEMBER', 'VIEWER', null, null]);
    expect(asProjectRole('OWNER')).toBeNull();
    expect(asProjectRole('MEMBER')).toBe('MEMBER');
  });
});
