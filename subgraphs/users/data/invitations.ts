import { randomUUID } from 'node:crypto';
import { AppError, ErrorCode, badInput, conflict, forbidden, notFound } from '../../../lib/errors';
import {
  createInvitationToken,
  hashInvitationToken,
  newInvitationNonce,
  verifyInvitationToken,
} from '../../../lib/invitation-token';
import type { Organization, OrganizationInvitation, Prisma } from '../generated/prisma/client';
import type { OrganizationRole } from '../generated/resolvers-types';
import type { UsersPrisma } from '../db';
import { canManageMembers } from '../roles';
import { invitationCreated, organizationMemberAdded, writeOrganizationEvents } from '../events/organization-events';
import { findMember, lockAsMember } from './organization-lock';

type Tx = Prisma.TransactionClient;

/** How long an invitation's link works after it was (last) sent. */
export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;
/** The default of how many invitation emails (new or sent again) an organization sends per day. */
export const defaultInvitationsPerDay = 50;
const windowMs = 24 * 60 * 60 * 1000;

const gone = () =>
  new AppError(ErrorCode.NotFound, 'This invitation does not exist, has expired, or was already answered or revoked.');

export function isPending(invitation: OrganizationInvitation, now: Date): boolean {
  return invitation.status === 'PENDING' && invitation.expiresAt > now;
}

/** Refuses a sending beyond the organization's limit (the organization row is locked by the caller). */
async function recordSending(tx: Tx, organizationId: string, now: Date, perDay: number): Promise<void> {
  const windowStart = new Date(now.getTime() - windowMs);
  await tx.invitationSend.deleteMany({ where: { organizationId, sentAt: { lte: windowStart } } });
  const sent = await tx.invitationSend.count({ where: { organizationId } });
  if (sent >= perDay) {
    // A sending is possible again when the oldest of the last `perDay` leaves the window.
    const oldest = await tx.invitationSend.findFirst({
      where: { organizationId },
      orderBy: { sentAt: 'desc' },
      skip: perDay - 1,
      select: { sentAt: true },
    });
    const freeAt = (oldest?.sentAt.getTime() ?? now.getTime()) + windowMs;
    throw new AppError(
      ErrorCode.TooManyRequests,
      `This organization sent ${perDay} invitations in the last 24 hours. Try again later.`,
      { retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) },
    );
  }
  await tx.invitationSend.create({ data: { organizationId, sentAt: now } });
}

/**
 * Invites an address, or sends its invitation again (a new token and expiry, the new role). The same
 * statements run whether or not the address has an account, and the answer is the invitation either
 * way; only an address that belongs to a member is refused, to admins, who see members anyway.
 */
export async function inviteMember(
  prisma: UsersPrisma,
  args: {
    organizationId: string;
    actorId: string;
    email: string;
    role: OrganizationRole;
    signingSecret: string;
    invitationsPerDay: number;
    now: Date;
  },
): Promise<OrganizationInvitation> {
  const { organizationId, actorId, email, role, now } = args;
  return prisma.$transaction(async (tx) => {
    const { organization, actorRole } = await lockAsMember(tx, organizationId, actorId);
    if (!canManageMembers(actorRole)) throw forbidden('Only admins and owners can invite people.');
    if (role === 'OWNER' && actorRole !== 'OWNER') throw forbidden('Only owners can invite owners.');
    const [account] = await tx.$queryRaw<{ id: string; member: boolean }[]>`
      SELECT u.id::text AS id, (m.user_id IS NOT NULL) AS member
      FROM "users"."user" u
      LEFT JOIN "users"."organization_member" m ON m.user_id = u.id AND m.organization_id = ${organizationId}::uuid
      WHERE u.email = ${email}`;
    if (account?.member) {
      throw conflict('This address belongs to a member of the organization.', { field: 'input.email' });
    }
    await recordSending(tx, organizationId, now, args.invitationsPerDay);
    const existing = await tx.organizationInvitation.findUnique({
      where: { organizationId_email: { organizationId, email } },
      select: { id: true },
    });
    const id = existing?.id ?? randomUUID();
    const nonce = newInvitationNonce();
    const sending = {
      role,
      status: 'PENDING',
      tokenHash: hashInvitationToken(createInvitationToken(args.signingSecret, id, nonce)),
      invitedById: actorId,
      sentAt: now,
      expiresAt: new Date(now.getTime() + invitationLifetimeMs),
      respondedAt: null,
      acceptedById: null,
    };
    const invitation = existing
      ? await tx.organizationInvitation.update({ where: { id }, data: sending })
      : await tx.organizationInvitation.create({ data: { id, organizationId, email, ...sending } });
    await writeOrganizationEvents(tx, [
      invitationCreated(actorId, organization, invitation, { inviteeId: account?.id ?? null, nonce }),
    ]);
    return invitation;
  });
}

/** How a person names the invitation they answer: the emailed token, or its ID (matched to their address). */
export type InvitationHandle = { token: string } | { invitationId: string; email: string };

function invitationIdOf(handle: InvitationHandle, signingSecret: string): string {
  if ('invitationId' in handle) return handle.invitationId;
  const verified = verifyInvitationToken(signingSecret, handle.token);
  if (!verified) throw badInput('input.token', 'This invitation link is not valid.');
  return verified.invitationId;
}

/**
 * The pending invitation the handle names, with its organization locked (every write to an
 * organization's memberships and invitations locks its row first); NOT_FOUND for one that does not
 * exist, is someone else's, has expired or is no longer pending.
 */
async function lockPending(
  tx: Tx,
  handle: InvitationHandle,
  signingSecret: string,
  now: Date,
): Promise<{ invitation: OrganizationInvitation; organization: Organization }> {
  const invitationId = invitationIdOf(handle, signingSecret);
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT o.id::text AS id FROM "users"."organization" o
    WHERE o.id = (SELECT organization_id FROM "users"."organization_invitation" WHERE id = ${invitationId}::uuid)
    FOR UPDATE`;
  if (!locked) throw gone();
  const invitation = await tx.organizationInvitation.findUniqueOrThrow({ where: { id: invitationId } });
  const matches =
    'token' in handle ? invitation.tokenHash === hashInvitationToken(handle.token) : invitation.email === handle.email;
  if (!matches || !isPending(invitation, now)) throw gone();
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: invitation.organizationId } });
  return { invitation, organization };
}

/** Joins the invitation's organization with its role, in one transaction with `organization.member_added`. */
export async function acceptInvitation(
  prisma: UsersPrisma,
  args: { handle: InvitationHandle; userId: string; signingSecret: string; now: Date },
): Promise<{ invitation: OrganizationInvitation; organization: Organization }> {
  const { userId, now } = args;
  return prisma.$transaction(async (tx) => {
    const { invitation, organization } = await lockPending(tx, args.handle, args.signingSecret, now);
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
  });
}

export async function declineInvitation(
  prisma: UsersPrisma,
  args: { handle: InvitationHandle; signingSecret: string; now: Date },
): Promise<OrganizationInvitation> {
  return prisma.$transaction(async (tx) => {
    const { invitation } = await lockPending(tx, args.handle, args.signingSecret, args.now);
    return tx.organizationInvitation.update({
      where: { id: invitation.id },
      data: { status: 'DECLINED', tokenHash: null, respondedAt: args.now },
    });
  });
}

export async function revokeInvitation(
  prisma: UsersPrisma,
  args: { invitationId: string; actorId: string; now: Date },
): Promise<OrganizationInvitation> {
  const found = await prisma.organizationInvitation.findUnique({ where: { id: args.invitationId } });
  if (!found) throw notFound('Invitation');
  return prisma.$transaction(async (tx) => {
    // Non-members learn nothing of the organization's invitations.
    const { actorRole } = await lockAsMember(tx, found.organizationId, args.actorId).catch((error: unknown) => {
      throw error instanceof AppError && error.code === ErrorCode.NotFound ? notFound('Invitation') : error;
    });
    if (!canManageMembers(actorRole)) throw forbidden('Only admins and owners can revoke invitations.');
    const { count } = await tx.organizationInvitation.updateMany({
      where: { id: found.id, status: 'PENDING' },
      data: { status: 'REVOKED', tokenHash: null, respondedAt: args.now },
    });
    if (!count) throw conflict('Only a pending invitation can be revoked.');
    return tx.organizationInvitation.findUniqueOrThrow({ where: { id: found.id } });
  });
}

/**
 * An invitation stands only while its sender may still send it: when they leave the organization, or
 * lose the role it takes to invite with that role, their pending invitations are revoked in the same
 * transaction (a removed admin cannot let people in through invitations sent before).
 */
export async function revokeInvitationsSentBy(
  tx: Tx,
  args: { organizationId: string; userId: string; roleNow: OrganizationRole | null; now: Date },
): Promise<void> {
  const { roleNow } = args;
  if (roleNow === 'OWNER') return;
  await tx.organizationInvitation.updateMany({
    where: {
      organizationId: args.organizationId,
      invitedById: args.userId,
      status: 'PENDING',
      ...(roleNow === 'ADMIN' ? { role: 'OWNER' } : {}),
    },
    data: { status: 'REVOKED', tokenHash: null, respondedAt: args.now },
  });
}
