import { forbidden } from '../../../lib/errors';
import type { Organization, User } from '../generated/prisma/client';
import type { OrganizationRole } from '../generated/resolvers-types';
import type { UsersTx } from '../db';
import { organizationMemberRoleChanged, writeOrganizationEvents } from '../events/organization-events';
import { canManageMembers, asRole } from '../roles';
import { assertMayChangeRole, takesAwayOwner } from '../rules/member-rules';
import { revokeInvitationsSentBy } from './invitations';
import { assertAnotherOwner, findMember, lockAsMember, memberNotFound } from './organization-lock';

/**
 * Gives a member another role under the organization's lock, revoking the pending invitations the
 * new role cannot stand behind; a member who has the role already changes nothing and no event is
 * written. The last OWNER cannot be demoted.
 */
export async function changeMemberRole(
  tx: UsersTx,
  actorId: string,
  change: { organizationId: string; userId: string; role: OrganizationRole },
  now: Date,
): Promise<{ organization: Organization; user: User }> {
  const { organizationId, userId, role } = change;
  const { organization, actorRole } = await lockAsMember(tx, organizationId, actorId);
  if (!canManageMembers(actorRole)) throw forbidden('Only admins and owners can change roles.');
  const target = await findMember(tx, organizationId, userId);
  if (!target) throw memberNotFound();
  const currentRole = asRole(target.role);
  assertMayChangeRole(actorRole, currentRole, role);
  if (takesAwayOwner(currentRole, role)) await assertAnotherOwner(tx, organizationId);
  if (currentRole !== role) {
    await tx.organizationMember.update({
      where: { organizationId_userId: { organizationId, userId } },
      data: { role },
    });
    await revokeInvitationsSentBy(tx, { organizationId, userId, roleNow: role, now });
    await writeOrganizationEvents(tx, [
      organizationMemberRoleChanged(actorId, organizationId, { userId, role, previousRole: currentRole }),
    ]);
  }
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
  return { organization, user };
}
