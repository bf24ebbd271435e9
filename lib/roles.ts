export type ProjectRole = 'ADMIN' | 'MEMBER' | 'VIEWER';
export type OrganizationRole = 'OWNER' | 'ADMIN' | 'MEMBER' | 'GUEST';

const projectRank: Record<ProjectRole, number> = { VIEWER: 1, MEMBER: 2, ADMIN: 3 };
const organizationRank: Record<OrganizationRole, number> = { GUEST: 1, MEMBER: 2, ADMIN: 3, OWNER: 4 };

export const projectRoles: readonly ProjectRole[] = ['ADMIN', 'MEMBER', 'VIEWER'];

export function isProjectRole(value: unknown): value is ProjectRole {
  return typeof value === 'string' && value in projectRank;
}

/** The stored role, trusted only when it is one we know: an unknown string gives no access. */
export function asProjectRole(value: unknown): ProjectRole | null {
  return isProjectRole(value) ? value : null;
}

/** The highest of the given roles (a direct role and team roles), or null when there is none. */
export function highestProjectRole(roles: Iterable<ProjectRole | null | undefined>): ProjectRole | null {
  let best: ProjectRole | null = null;
  for (const role of roles) {
    if (role && (!best || projectRank[role] > projectRank[best])) best = role;
  }
  return best;
}

export function projectRoleAtLeast(role: ProjectRole | null, required: ProjectRole): boolean {
  return role !== null && projectRank[role] >= projectRank[required];
}

export function organizationRoleAtLeast(role: OrganizationRole | null, required: OrganizationRole): boolean {
  return role !== null && organizationRank[role] >= organizationRank[required];
}

export interface ProjectPermissionSet {
  canRead: boolean;
  canWrite: boolean;
  canAdminister: boolean;
  canManageMembers: boolean;
}

export function permissionsOf(role: ProjectRole | null): ProjectPermissionSet {
  return {
    canRead: projectRoleAtLeast(role, 'VIEWER'),
    canWrite: projectRoleAtLeast(role, 'MEMBER'),
    canAdminister: projectRoleAtLeast(role, 'ADMIN'),
    canManageMembers: projectRoleAtLeast(role, 'ADMIN'),
  };
}

/** SQL CASE body ranking a role column like `projectRank`, so SQL can take the max of roles. */
export const roleRankSql = (column: string) =>
  `CASE ${column} WHEN 'ADMIN' THEN 3 WHEN 'MEMBER' THEN 2 WHEN 'VIEWER' THEN 1 ELSE 0 END`;

export function projectRoleOfRank(rank: number | null | undefined): ProjectRole | null {
  if (rank === 3) return 'ADMIN';
  if (rank === 2) return 'MEMBER';
  if (rank === 1) return 'VIEWER';
  return null;
}
