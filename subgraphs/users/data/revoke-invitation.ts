import { AppError, ErrorCode, conflict, forbidden, notFound } from '../../../lib/errors';
import type { OrganizationInvitation } from '../generated/prisma/client';
import type { UsersTx } from '../db';
import { canManageMembers } from '../roles';
import { lockAsMember } from './organization-lock';

/** Revokes a pending invitation, for OWNERs and ADMINs of its organization; non-members get NOT_FOUND. */
export async function revokeInvitation(
  tx: UsersTx,
  actorId: string,
  invitation: OrganizationInvitation,
  now: Date,
): Promise<OrganizationInvitation> {
  // Non-members learn nothing of the organization's invitations.
  const { actorRole } = await lockAsMember(tx, invitation.organizationId, actorId).catch((error: unknown) => {
    throw error instanceof AppError && error.code === ErrorCode.NotFound ? notFound('Invitation') : error;
  });
  if (!canManageMembers(actorRole)) throw forbidden('Only admins and owners can revoke invitations.');
  const { count } = await tx.organizationInvitation.updateMany({
    where: { id: invitation.id, status: 'PENDING' },
    data: { status: 'REVOKED', tokenHash: null, respondedAt: now },
  });
  if (!count) throw conflict('Only a pending invitation can be revoked.');
  return tx.organizationInvitation.findUniqueOrThrow({ where: { id: invitation.id } });
}
