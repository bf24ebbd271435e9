import { badInput } from '../../../../lib/errors';
import { uuidPattern } from '../../../../lib/ids';
import { deleteServiceLinkAttachments } from '../../data/delete-service-link-attachments';
import type { MutationResolvers } from '../../generated/resolvers-types';

const maxLinks = 100;

/** Links of an integration removed with it (shield: services only). */
export const deleteServiceLinkAttachmentsMutation: MutationResolvers = {
  deleteServiceLinkAttachments: async (_parent, { input }, context) => {
    if (!uuidPattern.test(input.organizationId)) throw badInput('input.organizationId', 'Not an organization uuid.');
    if (!uuidPattern.test(input.actorId)) throw badInput('input.actorId', 'Not a user uuid.');
    if (input.linkAttachmentIds.length > maxLinks) {
      throw badInput('input.linkAttachmentIds', `At most ${maxLinks} link attachments at once.`);
    }
    input.linkAttachmentIds.forEach((id, index) => {
      if (!uuidPattern.test(id)) throw badInput(`input.linkAttachmentIds.${index}`, 'Not a link attachment uuid.');
    });
    const deleted = await deleteServiceLinkAttachments(context.prisma, {
      ids: input.linkAttachmentIds,
      organizationId: input.organizationId,
      actorId: input.actorId,
      organizationOf: async (workItemIds) => {
        const places = await context.loaders.workItemPlace.loadMany(workItemIds);
        return places.map((place) => {
          if (place instanceof Error) throw place;
          return place?.organizationId ?? null;
        });
      },
    });
    return { deletedLinkAttachmentIds: deleted };
  },
};
