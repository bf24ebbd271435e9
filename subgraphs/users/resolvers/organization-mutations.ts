import { bumpAccessEpoch } from '../../../lib/cache/access-epoch-consumer';
import { fromGlobalId, toGlobalId } from '../../../lib/ids';
import { changeMemberRole } from '../data/change-member-role';
import { createOrganization } from '../data/create-organization';
import { deleteOrganization } from '../data/delete-organization';
import { removeMember } from '../data/remove-member';
import { transferOwnership } from '../data/transfer-ownership';
import { updateOrganization } from '../data/update-organization';
import type { MutationResolvers } from '../generated/resolvers-types';
import { validateName, validateSlug } from '../validation';
import { forgetMemberships, viewerIdOf } from './viewer';

/** The organization and the person of a membership mutation's input, as raw ids. */
function membershipInput(input: { organizationId: string; userId: string }) {
  return {
    organizationId: fromGlobalId(input.organizationId, 'Organization', 'input.organizationId'),
    userId: fromGlobalId(input.userId, 'User', 'input.userId'),
  };
}

export const organizationMutations: MutationResolvers = {
  async createOrganization(_parent, { input }, context) {
    const ownerId = viewerIdOf(context);
    const name = validateName(input.name, 'input.name');
    const slug = validateSlug(input.slug, 'input.slug');
    const organization = await context.prisma.$transaction((tx) => createOrganization(tx, ownerId, { name, slug }));
    forgetMemberships(context, organization.id, ownerId);
    return { organization };
  },

  async updateOrganization(_parent, { input }, context) {
    const actorId = viewerIdOf(context);
    const organizationId = fromGlobalId(input.id, 'Organization', 'input.id');
    const name = input.name == null ? undefined : validateName(input.name, 'input.name');
    const slug = input.slug == null ? undefined : validateSlug(input.slug, 'input.slug');
    const organization = await context.prisma.$transaction((tx) =>
      updateOrganization(tx, actorId, organizationId, { name, slug }),
    );
    // Before answering, so the caller's next request (to any replica) reads the change.
    await context.organizationCache?.changed(organizationId);
    context.loaders.organizationById.clear(organizationId).prime(organizationId, organization);
    return { organization };
  },

  async changeOrganizationMemberRole(_parent, { input }, context) {
    const actorId = viewerIdOf(context);
    const { organizationId, userId } = membershipInput(input);
    const { organization, user } = await context.prisma.$transaction((tx) =>
      changeMemberRole(tx, actorId, { organizationId, userId, role: input.role }, new Date()),
    );
    forgetMemberships(context, organizationId, actorId, userId);
    await bumpAccessEpoch(context.accessEpochs, organizationId);
    return { organization, user, role: input.role };
  },

  async transferOrganizationOwnership(_parent, { input }, context) {
    const actorId = viewerIdOf(context);
    const { organizationId, userId } = membershipInput(input);
    const transferred = await context.prisma.$transaction((tx) =>
      transferOwnership(tx, actorId, { organizationId, userId }, new Date()),
    );
    forgetMemberships(context, organizationId, actorId, userId);
    await bumpAccessEpoch(context.accessEpochs, organizationId);
    return transferred;
  },

  async deleteOrganization(_parent, { input }, context) {
    const actorId = viewerIdOf(context);
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    await context.prisma.$transaction((tx) =>
      deleteOrganization(tx, actorId, { organizationId, confirmSlug: input.confirmSlug }),
    );
    // Before answering, so the next request to any service (and replica) finds no organization and no role.
    await context.organizationCache?.changed(organizationId);
    await bumpAccessEpoch(context.accessEpochs, organizationId);
    context.loaders.organizationById.clear(organizationId);
    forgetMemberships(context, organizationId, actorId);
    return { deletedOrganizationId: toGlobalId('Organization', organizationId) };
  },

  async removeOrganizationMember(_parent, { input }, context) {
    const actorId = viewerIdOf(context);
    const { organizationId, userId } = membershipInput(input);
    const organization = await context.prisma.$transaction((tx) =>
      removeMember(tx, actorId, { organizationId, userId }, new Date()),
    );
    forgetMemberships(context, organizationId, actorId, userId);
    await bumpAccessEpoch(context.accessEpochs, organizationId);
    return { organization, removedUserId: toGlobalId('User', userId) };
  },
};
