import { AppError, ErrorCode, conflict, forbidden } from '../../../lib/errors';
import type { Organization, Prisma, User } from '../generated/prisma/client';
import type { OrganizationRole } from '../generated/resolvers-types';
import type { UsersPrisma } from '../db';
import { asRole, canManageMembers } from '../roles';
import { findMember, lockAsMember } from './organization-lock';
import { revokeInvitationsSentBy } from './invitations';
import {
  organizationMemberRemoved,
  organizationMemberRoleChanged,
  writeOrganizationEvents,
} from '../events/organization-events';

type Tx = Prisma.TransactionClient;

const lastOwner = () => conflict('An organization needs at least one owner.');

async function assertAnotherOwner(tx: Tx, organizationId: string): Promise<void> {
  const owners = await tx.organizationMember.count({ where: { organizationId, role: 'OWNER' } });
  if (owners <= 1) throw lastOwner();
}

const memberNotFound = () => new AppError(ErrorCode.NotFound, 'Member not found.', { field: 'input.userId' });

export async function changeMemberRole(
  prisma: UsersPrisma,
  args: { organizationId: string; actorId: string; userId: string; role: OrganizationRole },
): Promise<{ organization: Organization; user: User }> {
  return prisma.$transaction(async (tx) => {
    const { organization, actorRole } = await lockAsMember(tx, args.organizationId, args.actorId);
    if (!canManageMembers(actorRole)) throw forbidden('Only admins and owners can change roles.');
    const target = await findMember(tx, args.organizationId, args.userId);
    if (!target) throw memberNotFound();
    const currentRole = asRole(target.role);
    if ((currentRole === 'OWNER' || args.role === 'OWNER') && actorRole !== 'OWNER') {
      throw forbidden('Only owners can grant or take away the OWNER role.');
    }
    if (currentRole === 'OWNER' && args.role !== 'OWNER') await assertAnotherOwner(tx, args.organizationId);
    if (currentRole !== args.role) {
      await tx.organizationMember.update({
        where: { organizationId_userId: { organizationId: args.organizationId, userId: args.userId } },
        data: { role: args.role },
      });
      await revokeInvitationsSentBy(tx, { ...args, roleNow: args.role, now: new Date() });
      await writeOrganizationEvents(tx, [
        organizationMemberRoleChanged(args.actorId, args.organizationId, {
          userId: args.userId,
          role: args.role,
          previousRole: currentRole,
        }),
      ]);
    }
    const user = await tx.user.findUniqueOrThrow({ where: { id: args.userId } });
    return { organization, user };
  });
}

export async function removeMember(
  prisma: UsersPrisma,
  args: { organizationId: string; actorId: string; userId: string },
): Promise<Organization> {
  return prisma.$transaction(async (tx) => {
    const { organization, actorRole } = await lockAsMember(tx, args.organizationId, args.actorId);
    const leaving = args.userId === args.actorId;
    if (!leaving && !canManageMembers(actorRole)) throw forbidden('Only admins and owners can remove members.');
    const target = await findMember(tx, args.organizationId, args.userId);
    if (!target) throw memberNotFound();
    if (target.role === 'OWNER') {
      if (!leaving && actorRole !== 'OWNER') throw forbidden('Only owners can remove owners.');
      await assertAnotherOwner(tx, args.organizationId);
    }
    await tx.organizationMember.delete({
      where: { organizationId_userId: { organizationId: args.organizationId, userId: args.userId } },
    });
    await revokeInvitationsSentBy(tx, { ...args, roleNow: null, now: new Date() });
    // Other services end the person's access from this event: projects removes their project and
    // team memberships in the organization, routers end their live subscriptions.
    await writeOrganizationEvents(tx, [
      organizationMemberRemoved(args.actorId, args.organizationId, args.userId, target.role),
    ]);
    return organization;
  });
}
