import { forbidden } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { readableFile } from '../../access';
import { viewerIdOf } from '../../context';
import { restoreFile } from '../../data/restore-file';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { canDeleteFile } from '../../rules/file-rights';

export const restoreFileMutation: MutationResolvers = {
  restoreFile: async (_parent, { input }, context) => {
    const viewerId = viewerIdOf(context);
    const { file, role } = await readableFile(context, fromGlobalId(input.fileId, 'File', 'input.fileId'));
    if (!canDeleteFile(file, viewerId, role))
      throw forbidden('Only its uploader or a project admin may restore a file.');
    return { file: await restoreFile(context.prisma, { fileId: file.id, actorId: viewerId }) };
  },
};
