import { deletableFile } from '../../access';
import { viewerIdOf } from '../../context';
import { setFileDeleted } from '../../data/file-deletion';
import type { MutationResolvers } from '../../generated/resolvers-types';

export const restoreFileMutation: MutationResolvers = {
  restoreFile: async (_parent, { input }, context) => {
    const file = await deletableFile(context, input.fileId, 'restore');
    return {
      file: await setFileDeleted(context.prisma, { fileId: file.id, actorId: viewerIdOf(context), deleted: false }),
    };
  },
};
