import { z } from 'zod';
import { AppError, ErrorCode, conflict, notFound } from '../../../lib/errors';
import { parseRows } from '../../../lib/db/parse-rows';
import type { Organization, OrganizationMember } from '../generated/prisma/client';
import type { OrganizationRole } from '../generated/resolvers-types';
import type { UsersTx } from '../db';
import { asRole } from '../roles';

const organizationNotFound = () => notFound('Organization');

interface Locked {
  organization: Organization;
  actorRole: OrganizationRole;
}

const LockedOrganizationRow = z.object({ id: z.string() });

/**
 * Every membership write locks the organization row first, so writes to one organization run one at a
 * time: two owners demoting each other at once cannot leave it without an owner. Non-members learn
 * nothing, not even that the organization exists.
 */
export async function lockAsMember(tx: UsersTx, organizationId: string, actorId: string): Promise<Locked> {
  const locked = parseRows(
    'lockAsMember',
    LockedOrganizationRow,
    await tx.$queryRaw`SELECT id::text AS id FROM users.organization WHERE id = ${organizationId}::uuid FOR UPDATE`,
  );
  if (locked.length === 0) throw organizationNotFound();
  const actor = await findMember(tx, organizationId, actorId);
  if (!actor) throw organizationNotFound();
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId } });
  return { organization, actorRole: asRole(actor.role) };
}

export function findMember(tx: UsersTx, organizationId: string, userId: string): Promise<OrganizationMember | null> {
  return tx.organizationMember.findUnique({ where: { organizationId_userId: { organizationId, userId } } });
}

/** CONFLICT unless the organization keeps another OWNER (its row is locked by the caller). */
export async function assertAnotherOwner(tx: UsersTx, organizationId: string): Promise<void> {
  const owners = await tx.organizationMember.count({ where: { organizationId, role: 'OWNER' } });
  if (owners <= 1) throw conflict('An organization needs at least one owner.');
}

/** The person a membership write names is no member (NOT_FOUND on `input.userId`). */
export const memberNotFound = () => new AppError(ErrorCode.NotFound, 'Member not found.', { field: 'input.userId' });
