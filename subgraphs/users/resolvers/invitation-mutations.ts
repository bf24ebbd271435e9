import { badInput } from '../../../lib/errors';
import { fromGlobalId } from '../../../lib/ids';
import {
  acceptInvitation,
  declineInvitation,
  inviteMember,
  revokeInvitation,
  type InvitationHandle,
} from '../data/invitations';
import type { MutationResolvers } from '../generated/resolvers-types';
import type { UsersContext } from '../context';
import { asRole } from '../roles';
import { validateEmail } from '../validation';
import { forgetMemberships, viewerIdOf } from './organization-mutations';

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

export const invitationMutations: MutationResolvers = {
  async inviteOrganizationMember(_parent, { input }, context) {
    const actorId = viewerIdOf(context);
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    const email = validateEmail(input.email, 'input.email');
    const invitation = await inviteMember(context.prisma, {
      organizationId,
      actorId,
      email,
      role: input.role,
      signingSecret: context.signingSecret,
      invitationsPerDay: context.invitationsPerDay,
      now: new Date(),
    });
    context.loaders.invitationById.clear(invitation.id).prime(invitation.id, invitation);
    forgetMemberships(context, organizationId);
    return { invitation };
  },

  async acceptInvitation(_parent, { input }, context) {
    const userId = viewerIdOf(context);
    const { invitation, organization } = await acceptInvitation(context.prisma, {
      handle: await handleOf(context, input),
      userId,
      signingSecret: context.signingSecret,
      now: new Date(),
    });
    context.loaders.invitationById.clear(invitation.id).prime(invitation.id, invitation);
    forgetMemberships(context, organization.id, userId);
    return { invitation, organization, role: asRole(invitation.role) };
  },

  async declineInvitation(_parent, { input }, context) {
    viewerIdOf(context);
    const invitation = await declineInvitation(context.prisma, {
      handle: await handleOf(context, input),
      signingSecret: context.signingSecret,
      now: new Date(),
    });
    context.loaders.invitationById.clear(invitation.id).prime(invitation.id, invitation);
    forgetMemberships(context, invitation.organizationId);
    return { invitation };
  },

  async revokeOrganizationInvitation(_parent, { input }, context) {
    const invitation = await revokeInvitation(context.prisma, {
      invitationId: fromGlobalId(input.invitationId, 'OrganizationInvitation', 'input.invitationId'),
      actorId: viewerIdOf(context),
      now: new Date(),
    });
    context.loaders.invitationById.clear(invitation.id).prime(invitation.id, invitation);
    forgetMemberships(context, invitation.organizationId);
    return { invitation };
  },
};
