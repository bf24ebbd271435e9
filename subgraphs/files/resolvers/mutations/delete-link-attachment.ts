import { fromGlobalId } from '../../../../lib/ids';
import { linkWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import { deleteLinkAttachment } from '../../data/delete-link-attachment';
import type { MutationResolvers } from '../../generated/resolvers-types';

export const deleteLinkAttachmentMutation: MutationResolvers = {
  deleteLinkAttachment: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.linkAttachmentId, 'LinkAttachment', 'input.linkAttachmentId');
    const { project } = await linkWithRole(context, id, 'MEMBER');
    await deleteLinkAttachment(context.prisma, {
      id,
      organizationId: project.organizationId,
      actorId: viewerIdOf(context),
    });
    return { deletedLinkAttachmentId: input.linkAttachmentId };
  },
};
