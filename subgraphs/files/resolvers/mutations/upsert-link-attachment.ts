import { targetOf } from '../../access';
import { viewerIdOf } from '../../context';
import { upsertLinkAttachment } from '../../data/upsert-link-attachment';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { linkInputOf } from '../../rules/link-input';

export const upsertLinkAttachmentMutation: MutationResolvers = {
  upsertLinkAttachment: async (_parent, { input }, context) => {
    const fields = linkInputOf(input);
    const target = await targetOf(context, input.target, 'input.target', 'MEMBER');
    const { link, created } = await upsertLinkAttachment(context.prisma, {
      projectId: target.projectId,
      organizationId: target.organizationId,
      targetKind: target.kind,
      targetId: target.targetId,
      workItemId: target.workItemId,
      ...fields,
      actorId: viewerIdOf(context),
    });
    return { linkAttachment: link, created };
  },
};
