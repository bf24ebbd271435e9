import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import { parsePage, toConnection, type Page, type PageArgs } from '../../../lib/relay';
import { pageRequestOf } from '../../../lib/db/batched-pages';
import { timeIdCursorOf } from '../../../lib/time-id-cursor';
import type { OrganizationInvitation } from '../generated/prisma/client';
import type {
  InvitationStatus,
  OrganizationInvitationConnectionResolvers,
  OrganizationInvitationResolvers,
} from '../generated/resolvers-types';
import { selfId, type UsersContext } from '../context';
import { pendingInvitationCount, pendingInvitationsOf } from '../data/invitation-pages';
import type { OrganizationInvitationConnectionMapper, UserMapper } from '../mappers';
import { asRole, canManageMembers } from '../roles';
import { statusOf } from '../rules/invitations';
import { roleIn } from './access';

/** OWNERs and ADMINs of its organization, the person signed in with the invited address, and who accepted it. */
export async function canSeeInvitation(context: UsersContext, invitation: OrganizationInvitation): Promise<boolean> {
  const viewerId = selfId(context);
  if (!viewerId) return false;
  if (invitation.acceptedById === viewerId) return true;
  const [viewer, role] = await Promise.all([
    context.loaders.userById.load(viewerId),
    roleIn(context, invitation.organizationId),
  ]);
  return viewer?.email === invitation.email || (role !== null && canManageMembers(role));
}

/** The invitation with this raw ID if the viewer may see it, else null (as if it did not exist). */
export async function visibleInvitationById(context: UsersContext, id: string): Promise<OrganizationInvitation | null> {
  const invitation = await context.loaders.invitationById.load(id);
  return invitation && (await canSeeInvitation(context, invitation)) ? invitation : null;
}

/** The invitation behind a global ID if the viewer may see it, else null. */
export async function visibleInvitation(
  context: UsersContext,
  globalId: string,
): Promise<OrganizationInvitation | null> {
  const decoded = decodeGlobalId(globalId);
  return decoded?.type === 'OrganizationInvitation' ? visibleInvitationById(context, decoded.id) : null;
}

export const organizationInvitation: OrganizationInvitationResolvers = {
  __resolveReference: (reference, context) => visibleInvitation(context, reference.id),
  id: (invitation) => toGlobalId('OrganizationInvitation', invitation.id),
  organization: async (invitation, _args, context) =>
    (await context.loaders.organizationById.load(invitation.organizationId))!,
  role: (invitation) => asRole(invitation.role),
  status: (invitation, _args, context) => statusOf(invitation, context.loaders.now),
  // Accounts are never deleted, so the sender is always there.
  invitedBy: async (invitation, _args, context) => (await context.loaders.userById.load(invitation.invitedById))!,
};

export const organizationInvitationConnection: OrganizationInvitationConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};

/** Invitations oldest first by (created, id); the rows prime `invitationById` for later fields. */
function invitationConnection(
  context: UsersContext,
  rows: OrganizationInvitation[],
  page: Page,
  totalCount: () => Promise<number>,
): OrganizationInvitationConnectionMapper {
  for (const row of rows) context.loaders.invitationById.prime(row.id, row);
  return toConnection(rows, page, (row) => timeIdCursorOf(row.createdAt, row.id), totalCount);
}

/** The user's own pending invitations (field visibility keeps others out). */
export async function pendingInvitationsConnection(
  context: UsersContext,
  user: UserMapper,
  args: PageArgs,
): Promise<OrganizationInvitationConnectionMapper> {
  const page = parsePage(args);
  const { now } = context.loaders;
  const rows = await pendingInvitationsOf(context.prisma, user.email, page, now);
  return invitationConnection(context, rows, page, () => pendingInvitationCount(context.prisma, user.email, now));
}

/** An organization's invitations, for its OWNERs and ADMINs. */
export async function organizationInvitationsConnection(
  context: UsersContext,
  organizationId: string,
  args: PageArgs & { status?: InvitationStatus | null },
): Promise<OrganizationInvitationConnectionMapper> {
  const page = parsePage(args);
  const status = args.status ?? null;
  const rows = await context.loaders.organizationInvitationPage.load({
    ...pageRequestOf(organizationId, page),
    status,
  });
  return invitationConnection(context, rows, page, () =>
    context.loaders.organizationInvitationCount.load({ organizationId, status }),
  );
}
