import type { OrganizationInvitation } from '../generated/prisma/client';
import type { UsersTx } from '../db';
import type { InvitationHandle } from '../rules/invitations';
import { lockPending } from './invitations';

/** Declines a pending invitation; its token stops working. */
export async function declineInvitation(
  tx: UsersTx,
  answer: { handle: InvitationHandle; signingSecret: string },
  now: Date,
): Promise<OrganizationInvitation> {
  const { invitation } = await lockPending(tx, answer.handle, answer.signingSecret, now);
  return tx.organizationInvitation.update({
    where: { id: invitation.id },
    data: { status: 'DECLINED', tokenHash: null, respondedAt: now },
  });
}
