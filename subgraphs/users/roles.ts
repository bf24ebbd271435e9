import type { OrganizationRole } from './generated/resolvers-types';

const roles: readonly OrganizationRole[] = ['OWNER', 'ADMIN', 'MEMBER', 'GUEST'];

export function asRole(value: string): OrganizationRole {
  const role = roles.find((candidate) => candidate === value);
  if (!role) throw new Error(`Unknown organization role "${value}" in the database.`);
  return role;
}

export const canManageMembers = (role: OrganizationRole) => role === 'OWNER' || role === 'ADMIN';
