import { conflict } from '../../../lib/errors';
import { isUniqueViolation } from '../../../lib/db/errors';
import type { Organization } from '../generated/prisma/client';
import type { UsersTx } from '../db';
import { organizationMemberAdded, writeOrganizationEvents } from '../events/organization-events';

/** The organization, its first OWNER and the event saying so; CONFLICT on `input.slug` when the slug is taken. */
export async function createOrganization(
  tx: UsersTx,
  ownerId: string,
  input: { name: string; slug: string },
): Promise<Organization> {
  let organization: Organization;
  try {
    organization = await tx.organization.create({
      data: { name: input.name, slug: input.slug, members: { create: { userId: ownerId, role: 'OWNER' } } },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('This slug is taken.', { field: 'input.slug' });
    throw error;
  }
  await writeOrganizationEvents(tx, [organizationMemberAdded(ownerId, organization.id, ownerId, 'OWNER')]);
  return organization;
}
