import type { EventEnvelope } from '../../../lib/events/envelope';
import type { NotificationsTx } from '../db';
import type { ScheduleEmailInput } from './schedule';

/** What an invitation email says, and what its link is rebuilt from (the nonce, with the signing secret). */
export interface InvitationEmailFacts {
  invitationId: string;
  nonce: string;
  organizationName: string;
  role: string;
  inviterName: string | null;
  /** The invitee's name when the address belongs to an account; null: an invitation to sign up. */
  recipientName: string | null;
  expiresAt: string;
}

export function invitationEmailFacts(
  envelope: EventEnvelope<'organization.invitation_created'>,
  names: { inviterName: string | null; recipientName: string | null },
): InvitationEmailFacts {
  const { invitationId, nonce, organizationName, role, expiresAt } = envelope.payload;
  return { invitationId, nonce, organizationName, role, expiresAt, ...names };
}

/**
 * An invitation email, due at once: it is what the invitee is waiting for, so it goes out alone,
 * never in a digest, whatever the quiet hours. To the invited address, with or without an account.
 */
export async function scheduleInvitationEmail(
  tx: NotificationsTx,
  invitation: { recipientId: string | null; email: string; facts: InvitationEmailFacts; at: Date },
): Promise<string> {
  const created = await tx.emailDelivery.create({
    data: {
      recipientId: invitation.recipientId,
      recipientEmail: invitation.email,
      kind: 'INVITATION',
      status: 'PENDING',
      dueAt: invitation.at,
      createdAt: invitation.at,
      invitation: { ...invitation.facts },
    },
    select: { id: true },
  });
  return created.id;
}

/** The `EmailScheduler` of an invitation's in-app notification: its email is the invitation email. */
export const invitationEmailScheduler =
  (email: string, facts: InvitationEmailFacts) =>
  async (tx: NotificationsTx, input: ScheduleEmailInput): Promise<string> => {
    const deliveryId = await scheduleInvitationEmail(tx, {
      recipientId: input.recipientId,
      email,
      facts,
      at: input.at,
    });
    await tx.notification.update({ where: { id: input.notificationId }, data: { emailDeliveryId: deliveryId } });
    return deliveryId;
  };
