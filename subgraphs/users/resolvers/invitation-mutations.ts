import { bumpAccessEpoch } from '../../../lib/cache/access-epoch-consumer';
import { badInput, notFound } from '../../../lib/errors';
import { fromGlobalId } from '../../../lib/ids';
import type { OrganizationInvitation } from '../generated/prisma/client';
import { acceptInvitation } from '../data/accept-invitation';
import { declineInvitation } from '../data/decline-invitation';
import { findInvitation } from '../data/invitations';
import { inviteMember } from '../data/invite-member';
import { revokeInvitation } from '../data/revoke-invitation';
import type { MutationResolvers } from '../generated/resolvers-types';
import type { UsersContext } from '../context';
import { asRole } from '../roles';
import type { InvitationHandle } from '../rules/invitations';
import { validateEmail } from '../validation';
import { forgetMemberships, viewerIdOf } from './viewer';

/** Exactly one of `token` and `invitationId`; an ID is matched to the viewer's own address. */
async function handleOf(
  context: UsersContext,
  input: { token?: string | null; invitationId?: string | null },
): Promise<InvitationHandle> {
  const { token, invitationId } = input;
  if ((token == null) === (invitationId == null)) {
    throw badInput('input', 'Pass either the token of the invitation link or the invitation ID.');
  }
  if (token != null) return { token };
  const id = fromGlobalId(invitationId!, 'OrganizationInvitation', 'input.invitationId');
  const viewer = await context.loaders.userById.load(viewerIdOf(context));
  return { invitationId: id, email: viewer?.email ?? '' };
}

const settingsOf = ({ signingSecret, invitationsPerDay }: UsersContext) => ({ signingSecret, invitationsPerDay });

/** After a write: the request's cached invitation is the written one, its organization's lists are stale. */
function remember(context: UsersContext, invitation: OrganizationInvitation, ...userIds: string[]) {
  context.loaders.invitationById.clear(invitation.id).prime(invitation.id, invitation);
  forgetMemberships(context, invitation.organizationId, ...userIds);
}

export const invitationMutations: MutationResolvers = {
  async inviteOrganizationMember(_parent, { input }, context) {
    const actorId = viewerIdOf(context);
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    const email = validateEmail(input.email, 'input.email');
    const invitation = await context.prisma.$transaction((tx) =>
      inviteMember(tx, actorId, { organizationId, email, role: input.role }, settingsOf(context), new Date()),
    );
    remember(context, invitation);
    return { invitation };
  },

  async acceptInvitation(_parent, { input }, context) {
    const userId = viewerIdOf(context);
    const handle = await handleOf(context, input);
    const { invitation, organization } = await context.prisma.$transaction((tx) =>
      acceptInvitation(tx, userId, { handle, signingSecret: context.signingSecret }, new Date()),
    );
    remember(context, invitation, userId);
    await bumpAccessEpoch(context.accessEpochs, invitation.organizationId);
    return { invitation, organization, role: asRole(invitation.role) };
  },

  async declineInvitation(_parent, { input }, context) {
    viewerIdOf(context);
    const handle = await handleOf(context, input);
    const invitation = await context.prisma.$transaction((tx) =>
      declineInvitation(tx, { handle, signingSecret: context.signingSecret }, new Date()),
    );
    remember(context, invitation);
    return { invitation };
  },

  async revokeOrganizationInvitation(_parent, { input }, context) {
    const invitationId = fromGlobalId(input.invitationId, 'OrganizationInvitation', 'input.invitationId');
    const actorId = viewerIdOf(context);
    const found = await findInvitation(context.prisma, invitationId);
    if (!found) throw notFound('Invitation');
    const invitation = await context.prisma.$transaction((tx) => revokeInvitation(tx, actorId, found, new Date()));
    remember(context, invitation);
    return { invitation };
  },
};
