import { badInput } from '../../../lib/errors';
import { hashInvitationToken, verifyInvitationToken } from '../../../lib/invitation-token';
import type { OrganizationInvitation } from '../generated/prisma/client';
import type { InvitationStatus } from '../generated/resolvers-types';

/** How long an invitation's link works after it was (last) sent. */
export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;
/** The window an organization's invitation sendings are counted in. */
export const sendingWindowMs = 24 * 60 * 60 * 1000;

export function isPending(invitation: OrganizationInvitation, now: Date): boolean {
  return invitation.status === 'PENDING' && invitation.expiresAt > now;
}

/** The status a client sees: a pending invitation past its expiry has expired. */
export function statusOf(invitation: OrganizationInvitation, now: Date): InvitationStatus {
  if (invitation.status === 'PENDING') return invitation.expiresAt > now ? 'PENDING' : 'EXPIRED';
  return invitation.status as InvitationStatus;
}

/** How a person names the invitation they answer: the emailed token, or its ID (matched to their address). */
export type InvitationHandle = { token: string } | { invitationId: string; email: string };

/** The invitation a handle names; a token that does not verify is BAD_USER_INPUT on `input.token`. */
export function invitationIdOf(handle: InvitationHandle, signingSecret: string): string {
  if ('invitationId' in handle) return handle.invitationId;
  const verified = verifyInvitationToken(signingSecret, handle.token);
  if (!verified) throw badInput('input.token', 'This invitation link is not valid.');
  return verified.invitationId;
}

/** A token answers the invitation only while it is the current one; an ID only for the invited address. */
export function handleMatches(invitation: OrganizationInvitation, handle: InvitationHandle): boolean {
  return 'token' in handle
    ? invitation.tokenHash === hashInvitationToken(handle.token)
    : invitation.email === handle.email;
}

/**
 * When an organization at its limit may send again: once the oldest of its last `perDay` sendings
 * leaves the window; at least one second away.
 */
export function sendingRetryAfterSeconds(oldestCountedSentAt: Date | null, now: Date): number {
  const freeAt = (oldestCountedSentAt?.getTime() ?? now.getTime()) + sendingWindowMs;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}
