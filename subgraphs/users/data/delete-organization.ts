import { badInput, forbidden } from '../../../lib/errors';
import type { Organization } from '../generated/prisma/client';
import type { UsersTx } from '../db';
import { organizationDeleted, writeOrganizationEvents } from '../events/organization-events';
import { lockAsMember } from './organization-lock';

/**
 * Deletes the organization under its row lock, with `organization.deleted`: its members and
 * invitations go with the row (ON DELETE CASCADE), so every role in it ends at the commit; the other
 * services delete its projects, teams and everything else when the event reaches them. OWNER only,
 * and the slug must be typed again (`input.confirmSlug`). NOT_FOUND for non-members.
 */
export async function deleteOrganization(
  tx: UsersTx,
  actorId: string,
  request: { organizationId: string; confirmSlug: string },
): Promise<Organization> {
  const { organization, actorRole } = await lockAsMember(tx, request.organizationId, actorId);
  if (actorRole !== 'OWNER') throw forbidden('Deleting an organization requires OWNER.');
  if (request.confirmSlug !== organization.slug) {
    throw badInput('input.confirmSlug', "Type the organization's slug to confirm its deletion.");
  }
  await writeOrganizationEvents(tx, [organizationDeleted(actorId, organization)]);
  await tx.invitationSend.deleteMany({ where: { organizationId: organization.id } });
  await tx.organization.delete({ where: { id: organization.id } });
  return organization;
}
