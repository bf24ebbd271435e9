import { forbidden } from '../../../lib/errors';
import type { OrganizationRole } from '../generated/resolvers-types';
import { canManageMembers } from '../roles';

// Who may change whose membership, decided from roles alone; the writes in data/ ask these after
// locking the organization, so the roles they pass are the current ones.

/** Only OWNERs grant or take away the OWNER role; everything else about roles needs an ADMIN or OWNER. */
export function assertMayChangeRole(actor: OrganizationRole, current: OrganizationRole, role: OrganizationRole): void {
  if ((current === 'OWNER' || role === 'OWNER') && actor !== 'OWNER') {
    throw forbidden('Only owners can grant or take away the OWNER role.');
  }
}

/** Anyone may leave; removing someone else takes an ADMIN or OWNER (asked before the target is looked up). */
export function assertMayRemoveMembers(actor: OrganizationRole, leaving: boolean): void {
  if (!leaving && !canManageMembers(actor)) throw forbidden('Only admins and owners can remove members.');
}

/** Removing an OWNER other than yourself takes an OWNER. */
export function assertMayRemoveMember(actor: OrganizationRole, target: string, leaving: boolean): void {
  if (target === 'OWNER' && !leaving && actor !== 'OWNER') throw forbidden('Only owners can remove owners.');
}

/** OWNERs and ADMINs invite; only OWNERs invite OWNERs. */
export function assertMayInvite(actor: OrganizationRole, role: OrganizationRole): void {
  if (!canManageMembers(actor)) throw forbidden('Only admins and owners can invite people.');
  if (role === 'OWNER' && actor !== 'OWNER') throw forbidden('Only owners can invite owners.');
}

/** Whether a change takes an OWNER away (a demotion, or a removal when `role` is null): another must remain. */
export function takesAwayOwner(current: string, role: OrganizationRole | null): boolean {
  return current === 'OWNER' && role !== 'OWNER';
}

/**
 * Which of a sender's pending invitations stop standing when their role becomes `roleNow` (null: they
 * left): none for an OWNER, the OWNER invitations for an ADMIN, all of them otherwise. An invitation
 * never lets in more than its sender could now.
 */
export function invitationsVoidedBy(roleNow: OrganizationRole | null): 'none' | 'ownerInvitations' | 'all' {
  if (roleNow === 'OWNER') return 'none';
  return roleNow === 'ADMIN' ? 'ownerInvitations' : 'all';
}
