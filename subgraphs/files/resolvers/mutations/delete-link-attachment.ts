import { notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { projectWithRole } from '../../../../lib/server/project-access';
import { viewerIdOf } from '../../context';
import { deleteLinkAttachment } from '../../data/delete-link-attachment';
import type { MutationResolvers } from '../../generated/resolvers-types';

export const deleteLinkAttachmentMutation: MutationResolvers = {
  deleteLinkAttachment: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.linkAttachmentId, 'LinkAttachment', 'input.linkAttachmentId');
    const link = await context.loaders.linkById.load(id);
    if (!link) throw notFound('Link attachment');
    const project = await projectWithRole(context, link.projectId, 'MEMBER');
    await deleteLinkAttachment(context.prisma, {
      id,
      organizationId: project.organizationId,
      actorId: viewerIdOf(context),
    });
    return { deletedLinkAttachmentId: input.linkAttachmentId };
  },
};
