import { conflict } from '../../../lib/errors';
import type { Organization, OrganizationInvitation } from '../generated/prisma/client';
import type { UsersTx } from '../db';
import { organizationMemberAdded, writeOrganizationEvents } from '../events/organization-events';
import type { InvitationHandle } from '../rules/invitations';
import { lockPending } from './invitations';
import { findMember } from './organization-lock';

/**
 * Joins the invitation's organization with its role, with `organization.member_added`; an existing
 * member gets CONFLICT and the invitation stays pending.
 */
export async function acceptInvitation(
  tx: UsersTx,
  userId: string,
  answer: { handle: InvitationHandle; signingSecret: string },
  now: Date,
): Promise<{ invitation: OrganizationInvitation; organization: Organization }> {
  const { invitation, organization } = await lockPending(tx, answer.handle, answer.signingSecret, now);
  if (await findMember(tx, organization.id, userId)) {
    throw conflict('You are already a member of this organization.');
  }
  await tx.organizationMember.create({ data: { organizationId: organization.id, userId, role: invitation.role } });
  const accepted = await tx.organizationInvitation.update({
    where: { id: invitation.id },
    data: { status: 'ACCEPTED', tokenHash: null, respondedAt: now, acceptedById: userId },
  });
  await writeOrganizationEvents(tx, [organizationMemberAdded(userId, organization.id, userId, invitation.role)]);
  return { invitation: accepted, organization };
}
