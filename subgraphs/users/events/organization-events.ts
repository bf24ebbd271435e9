import { createEvent, type AnyEventEnvelope } from '../../../lib/events/envelope';
import { writeOutbox } from '../../../lib/events/outbox';
import type { Organization, OrganizationInvitation, Prisma } from '../generated/prisma/client';

// Events of organizations, written to the users outbox in the transaction of the change (see the
// README's "Events"): the relay publishes them to the `users` stream after the commit. IDs are raw
// uuids; an organization event belongs to no project.

const aboutOrganization = (actorId: string | null, organizationId: string) => ({
  actorId,
  organizationId,
  projectId: null,
  aggregateId: organizationId,
});

export const organizationMemberAdded = (actorId: string, organizationId: string, userId: string, role: string) =>
  createEvent({
    type: 'organization.member_added',
    ...aboutOrganization(actorId, organizationId),
    payload: { userId, role },
  });

export const organizationMemberRoleChanged = (
  actorId: string,
  organizationId: string,
  change: { userId: string; role: string; previousRole: string },
) =>
  createEvent({
    type: 'organization.member_role_changed',
    ...aboutOrganization(actorId, organizationId),
    payload: change,
  });

export const organizationMemberRemoved = (
  actorId: string,
  organizationId: string,
  userId: string,
  previousRole: string,
) =>
  createEvent({
    type: 'organization.member_removed',
    ...aboutOrganization(actorId, organizationId),
    payload: { userId, previousRole },
  });

/** The organization is deleted: the last event about it; every other service deletes what it holds of it. */
export const organizationDeleted = (actorId: string, organization: Pick<Organization, 'id' | 'slug' | 'name'>) =>
  createEvent({
    type: 'organization.deleted',
    ...aboutOrganization(actorId, organization.id),
    payload: { organization: { id: organization.id, slug: organization.slug, name: organization.name } },
  });

/** Writes the events of one change in its transaction: one statement for any number. */
export function writeOrganizationEvents(tx: Prisma.TransactionClient, events: AnyEventEnvelope[]): Promise<void> {
  return writeOutbox(tx, 'users', events);
}

/** An invitation sent, or sent again with a new link: the notifications service emails it. */
export const invitationCreated = (
  actorId: string,
  organization: Pick<Organization, 'id' | 'name'>,
  invitation: Pick<OrganizationInvitation, 'id' | 'email' | 'role' | 'expiresAt'>,
  sending: { inviteeId: string | null; nonce: string },
) =>
  createEvent({
    type: 'organization.invitation_created',
    actorId,
    organizationId: organization.id,
    projectId: null,
    aggregateId: invitation.id,
    payload: {
      invitationId: invitation.id,
      email: invitation.email,
      role: invitation.role,
      inviteeId: sending.inviteeId,
      organizationName: organization.name,
      nonce: sending.nonce,
      expiresAt: invitation.expiresAt.toISOString(),
    },
  });
