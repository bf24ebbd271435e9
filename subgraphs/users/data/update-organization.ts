import { conflict, forbidden } from '../../../lib/errors';
import { isUniqueViolation } from '../../../lib/db/errors';
import { organizationRoleAtLeast } from '../../../lib/roles';
import type { Organization } from '../generated/prisma/client';
import type { UsersTx } from '../db';
import { lockAsMember } from './organization-lock';

/**
 * Renames the organization or changes its slug, with the organization row locked: the name takes
 * ADMIN or OWNER, the slug OWNER. NOT_FOUND for non-members, CONFLICT on `input.slug` when taken.
 * No event: other services copy an organization's name only into what they send at that moment.
 */
export async function updateOrganization(
  tx: UsersTx,
  actorId: string,
  organizationId: string,
  edits: { name?: string; slug?: string },
): Promise<Organization> {
  const { organization, actorRole } = await lockAsMember(tx, organizationId, actorId);
  if (!organizationRoleAtLeast(actorRole, 'ADMIN'))
    throw forbidden('Changing an organization requires ADMIN or OWNER.');
  if (edits.slug !== undefined && edits.slug !== organization.slug && actorRole !== 'OWNER') {
    throw forbidden('Changing the slug requires OWNER.');
  }
  try {
    return await tx.organization.update({ where: { id: organizationId }, data: edits });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('This slug is taken.', { field: 'input.slug' });
    throw error;
  }
}
