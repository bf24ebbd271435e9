import type { Organization } from '../generated/prisma/client';
import type { UsersTx } from '../db';
import { organizationMemberRemoved, writeOrganizationEvents } from '../events/organization-events';
import { assertMayRemoveMember, assertMayRemoveMembers, takesAwayOwner } from '../rules/member-rules';
import { revokeInvitationsSentBy } from './invitations';
import { assertAnotherOwner, findMember, lockAsMember, memberNotFound } from './organization-lock';

/**
 * Ends a membership (someone else's, or your own: leaving) under the organization's lock, with the
 * pending invitations the person sent; the last OWNER cannot go.
 */
export async function removeMember(
  tx: UsersTx,
  actorId: string,
  removal: { organizationId: string; userId: string },
  now: Date,
): Promise<Organization> {
  const { organizationId, userId } = removal;
  const { organization, actorRole } = await lockAsMember(tx, organizationId, actorId);
  const leaving = userId === actorId;
  assertMayRemoveMembers(actorRole, leaving);
  const target = await findMember(tx, organizationId, userId);
  if (!target) throw memberNotFound();
  assertMayRemoveMember(actorRole, target.role, leaving);
  if (takesAwayOwner(target.role, null)) await assertAnotherOwner(tx, organizationId);
  await tx.organizationMember.delete({ where: { organizationId_userId: { organizationId, userId } } });
  await revokeInvitationsSentBy(tx, { organizationId, userId, roleNow: null, now });
  // Other services end the person's access from this event: projects removes their project and
  // team memberships in the organization, routers end their live subscriptions.
  await writeOrganizationEvents(tx, [organizationMemberRemoved(actorId, organizationId, userId, target.role)]);
  return organization;
}
