import { AppError, ErrorCode, conflict, forbidden, notFound } from '../../../lib/errors';
import type { Organization, OrganizationMember, Prisma, User } from '../generated/prisma/client';
import type { OrganizationRole } from '../generated/resolvers-types';
import type { UsersPrisma } from '../context';
import { asRole, canManageMembers } from '../roles';
import { isUniqueViolation } from '../../../lib/db/errors';
import {
  organizationMemberAdded,
  organizationMemberRemoved,
  organizationMemberRoleChanged,
  writeOrganizationEvents,
} from '../events/organization-events';

type Tx = Prisma.TransactionClient;

const organizationNotFound = () => notFound('Organization');
const lastOwner = () => conflict('An organization needs at least one owner.');

interface Locked {
  organization: Organization;
  actorRole: OrganizationRole;
}

/**
 * Every membership write locks the organization row first, so writes to one organization run one at a
 * time: two owners demoting each other at once cannot leave it without an owner. Non-members learn
 * nothing, not even that the organization exists.
 */
async function lockAsMember(tx: Tx, organizationId: string, actorId: string): Promise<Locked> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "users"."organization" WHERE id = ${organizationId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw organizationNotFound();
  const actor = await findMember(tx, organizationId, actorId);
  if (!actor) throw organizationNotFound();
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId } });
  return { organization, actorRole: asRole(actor.role) };
}

function findMember(tx: Tx, organizationId: string, userId: string): Promise<OrganizationMember | null> {
  return tx.organizationMember.findUnique({ where: { organizationId_userId: { organizationId, userId } } });
}

async function assertAnotherOwner(tx: Tx, organizationId: string): Promise<void> {
  const owners = await tx.organizationMember.count({ where: { organizationId, role: 'OWNER' } });
  if (owners <= 1) throw lastOwner();
}

const memberNotFound = () => new AppError(ErrorCode.NotFound, 'Member not found.', { field: 'input.userId' });

export async function addMember(
  prisma: UsersPrisma,
  args: { organizationId: string; actorId: string; email: string; role: OrganizationRole },
): Promise<{ organization: Organization; user: User }> {
  return prisma.$transaction(async (tx) => {
    const { organization, actorRole } = await lockAsMember(tx, args.organizationId, args.actorId);
    if (!canManageMembers(actorRole)) throw forbidden('Only admins and owners can add members.');
    if (args.role === 'OWNER' && actorRole !== 'OWNER') throw forbidden('Only owners can add owners.');
    const user = await tx.user.findUnique({ where: { email: args.email } });
    if (!user) throw new AppError(ErrorCode.NotFound, 'User not found.', { field: 'input.email' });
    try {
      await tx.organizationMember.create({
        data: { organizationId: args.organizationId, userId: user.id, role: args.role },
      });
      await writeOrganizationEvents(tx, [
        organizationMemberAdded(args.actorId, args.organizationId, user.id, args.role),
      ]);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict('This user is already a member of the organization.', { field: 'input.email' });
      }
      throw error;
    }
    return { organization, user };
  });
}

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
    // Other services end the person's access from this event: projects removes their project and
    // team memberships in the organization, routers end their live subscriptions.
    await writeOrganizationEvents(tx, [
      organizationMemberRemoved(args.actorId, args.organizationId, args.userId, target.role),
    ]);
    return organization;
  });
}
