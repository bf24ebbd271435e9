import { badInput, forbidden } from '../../../lib/errors';
import type { Organization, User } from '../generated/prisma/client';
import type { UsersTx } from '../db';
import { changeMemberRole } from './change-member-role';
import { lockAsMember } from './organization-lock';

/**
 * Hands an OWNER's ownership to another member in one transaction: they become OWNER, then the
 * OWNER who hands it over becomes ADMIN (two `organization.member_role_changed` events). A member
 * who is an OWNER already only sees the previous OWNER step down.
 */
export async function transferOwnership(
  tx: UsersTx,
  actorId: string,
  transfer: { organizationId: string; userId: string },
  now: Date,
): Promise<{ organization: Organization; newOwner: User; previousOwner: User }> {
  const { organizationId, userId } = transfer;
  const { actorRole } = await lockAsMember(tx, organizationId, actorId);
  if (actorRole !== 'OWNER') throw forbidden('Only an owner can hand over ownership.');
  if (userId === actorId) throw badInput('input.userId', 'Hand ownership to another member of the organization.');
  const { user: newOwner } = await changeMemberRole(tx, actorId, { organizationId, userId, role: 'OWNER' }, now);
  const { organization, user: previousOwner } = await changeMemberRole(
    tx,
    actorId,
    { organizationId, userId: actorId, role: 'ADMIN' },
    now,
  );
  return { organization, newOwner, previousOwner };
}
