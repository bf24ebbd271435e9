import { z } from 'zod';
import { AppError, ErrorCode } from '../../../lib/errors';
import { parseRows } from '../../../lib/db/parse-rows';
import type { Organization, OrganizationInvitation } from '../generated/prisma/client';
import type { OrganizationRole } from '../generated/resolvers-types';
import type { UsersPrisma, UsersTx } from '../db';
import { handleMatches, invitationIdOf, isPending, type InvitationHandle } from '../rules/invitations';
import { invitationsVoidedBy } from '../rules/member-rules';

/** The default of how many invitation emails (new or sent again) an organization sends per day. */
export const defaultInvitationsPerDay = 50;

/** The invitation with this ID, if any (who may see or change it is the caller's to check). */
export function findInvitation(prisma: UsersPrisma, invitationId: string): Promise<OrganizationInvitation | null> {
  return prisma.organizationInvitation.findUnique({ where: { id: invitationId } });
}

const gone = () =>
  new AppError(ErrorCode.NotFound, 'This invitation does not exist, has expired, or was already answered or revoked.');

const LockedOrganizationRow = z.object({ id: z.string() });

/**
 * The pending invitation the handle names, with its organization locked (every write to an
 * organization's memberships and invitations locks its row first); NOT_FOUND for one that does not
 * exist, is someone else's, has expired or is no longer pending.
 */
export async function lockPending(
  tx: UsersTx,
  handle: InvitationHandle,
  signingSecret: string,
  now: Date,
): Promise<{ invitation: OrganizationInvitation; organization: Organization }> {
  const invitationId = invitationIdOf(handle, signingSecret);
  const [locked] = parseRows(
    'lockPending',
    LockedOrganizationRow,
    await tx.$queryRaw`
      SELECT o.id::text AS id FROM users.organization o
      WHERE o.id = (SELECT organization_id FROM users.organization_invitation WHERE id = ${invitationId}::uuid)
      FOR UPDATE`,
  );
  if (!locked) throw gone();
  const invitation = await tx.organizationInvitation.findUniqueOrThrow({ where: { id: invitationId } });
  if (!handleMatches(invitation, handle) || !isPending(invitation, now)) throw gone();
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: invitation.organizationId } });
  return { invitation, organization };
}

/**
 * An invitation stands only while its sender may still send it: when they leave the organization, or
 * lose the role it takes to invite with that role, their pending invitations are revoked in the same
 * transaction (a removed admin cannot let people in through invitations sent before).
 */
export async function revokeInvitationsSentBy(
  tx: UsersTx,
  args: { organizationId: string; userId: string; roleNow: OrganizationRole | null; now: Date },
): Promise<void> {
  const voided = invitationsVoidedBy(args.roleNow);
  if (voided === 'none') return;
  await tx.organizationInvitation.updateMany({
    where: {
      organizationId: args.organizationId,
      invitedById: args.userId,
      status: 'PENDING',
      ...(voided === 'ownerInvitations' ? { role: 'OWNER' } : {}),
    },
    data: { status: 'REVOKED', tokenHash: null, respondedAt: args.now },
  });
}
