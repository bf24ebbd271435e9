import { notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { linkWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import { deleteLinkAttachment } from '../../data/delete-link-attachment';
import type { MutationResolvers } from '../../generated/resolvers-types';

export const deleteLinkAttachmentMutation: MutationResolvers = {
  deleteLinkAttachment: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.linkAttachmentId, 'LinkAttachment', 'input.linkAttachmentId');
    const { project } = await linkWithRole(context, id, 'MEMBER');
    const deleted = await deleteLinkAttachment(context.prisma, {
      id,
      organizationId: project.organizationId,
      actorId: viewerIdOf(context),
    });
    // Someone else removed it since it was read: the same answer as when it was gone before.
    if (!deleted) throw notFound('Link attachment');
    return { deletedLinkAttachmentId: input.linkAttachmentId };
  },
};
