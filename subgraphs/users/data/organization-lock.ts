import { notFound } from '../../../lib/errors';
import type { Organization, OrganizationMember, Prisma } from '../generated/prisma/client';
import type { OrganizationRole } from '../generated/resolvers-types';
import { asRole } from '../roles';

type Tx = Prisma.TransactionClient;

const organizationNotFound = () => notFound('Organization');

interface Locked {
  organization: Organization;
  actorRole: OrganizationRole;
}

/**
 * Every membership write locks the organization row first, so writes to one organization run one at a
 * time: two owners demoting each other at once cannot leave it without an owner. Non-members learn
 * nothing, not even that the organization exists.
 */
export async function lockAsMember(tx: Tx, organizationId: string, actorId: string): Promise<Locked> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "users"."organization" WHERE id = ${organizationId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw organizationNotFound();
  const actor = await findMember(tx, organizationId, actorId);
  if (!actor) throw organizationNotFound();
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId } });
  return { organization, actorRole: asRole(actor.role) };
}

export function findMember(tx: Tx, organizationId: string, userId: string): Promise<OrganizationMember | null> {
  return tx.organizationMember.findUnique({ where: { organizationId_userId: { organizationId, userId } } });
}
