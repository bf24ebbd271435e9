import { userRef } from '../../../lib/entity-ref';
import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import { readableProjectIds } from '../access';
import type { Resolvers } from '../generated/resolvers-types';

export const linkResolvers: Resolvers = {
  LinkAttachment: {
    __resolveReference: async (reference, context) => {
      const decoded = decodeGlobalId(reference.id);
      if (decoded?.type !== 'LinkAttachment') return null;
      const link = await context.loaders.linkById.load(decoded.id);
      if (!link) return null;
      return (await readableProjectIds(context, [link.projectId])).has(link.projectId) ? link : null;
    },
    id: (link) => toGlobalId('LinkAttachment', link.id),
    targetKind: (link) => link.targetKind as 'WORK_ITEM' | 'COMMENT' | 'PROJECT',
    workItem: (link) => (link.workItemId ? { id: toGlobalId('WorkItem', link.workItemId) } : null),
    project: (link) => ({ projectId: link.projectId }),
    createdBy: (link) => userRef(link.createdBy),
  },
  LinkAttachmentConnection: { totalCount: (connection) => connection.totalCount() },
};
