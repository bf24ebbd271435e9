import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { conflict } from '../../../lib/errors';
import { parseRows } from '../../../lib/db/parse-rows';
import { createInvitationToken, hashInvitationToken, newInvitationNonce } from '../../../lib/invitation-token';
import type { OrganizationInvitation } from '../generated/prisma/client';
import type { OrganizationRole } from '../generated/resolvers-types';
import type { UsersTx } from '../db';
import { invitationCreated, writeOrganizationEvents } from '../events/organization-events';
import { assertMayInvite } from '../rules/member-rules';
import { invitationLifetimeMs } from '../rules/invitations';
import { recordSending } from './invitation-sends';
import { lockAsMember } from './organization-lock';

const InviteeRow = z.object({ id: z.string(), member: z.boolean() });

/** How invitations are signed and how many an organization may send a day (the service's settings). */
export interface InvitationSettings {
  signingSecret: string;
  invitationsPerDay: number;
}

/**
 * Invites an address, or sends its invitation again (a new token and expiry, the new role). The same
 * statements run whether or not the address has an account, and the answer is the invitation either
 * way; only an address that belongs to a member is refused, to admins, who see members anyway.
 */
export async function inviteMember(
  tx: UsersTx,
  actorId: string,
  input: { organizationId: string; email: string; role: OrganizationRole },
  settings: InvitationSettings,
  now: Date,
): Promise<OrganizationInvitation> {
  const { organizationId, email, role } = input;
  const { organization, actorRole } = await lockAsMember(tx, organizationId, actorId);
  assertMayInvite(actorRole, role);
  const [account] = parseRows(
    'inviteMember.account',
    InviteeRow,
    await tx.$queryRaw`
      SELECT u.id::text AS id, (m.user_id IS NOT NULL) AS member
      FROM users.user u
      LEFT JOIN users.organization_member m ON m.user_id = u.id AND m.organization_id = ${organizationId}::uuid
      WHERE u.email = ${email}`,
  );
  if (account?.member) {
    throw conflict('This address belongs to a member of the organization.', { field: 'input.email' });
  }
  await recordSending(tx, organizationId, now, settings.invitationsPerDay);
  const existing = await tx.organizationInvitation.findUnique({
    where: { organizationId_email: { organizationId, email } },
    select: { id: true },
  });
  const id = existing?.id ?? randomUUID();
  const nonce = newInvitationNonce();
  const sending = {
    role,
    status: 'PENDING',
    tokenHash: hashInvitationToken(createInvitationToken(settings.signingSecret, id, nonce)),
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
}
