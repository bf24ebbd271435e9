import { forbidden } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { readableFile } from '../../access';
import { viewerIdOf } from '../../context';
import { deleteFile } from '../../data/delete-file';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { canDeleteFile } from '../../rules/file-rights';
import { effectiveLimits } from '../../rules/limits';

export const deleteFileMutation: MutationResolvers = {
  deleteFile: async (_parent, { input }, context) => {
    const viewerId = viewerIdOf(context);
    const { file, role } = await readableFile(context, fromGlobalId(input.fileId, 'File', 'input.fileId'));
    if (!canDeleteFile(file, viewerId, role))
      throw forbidden('Only its uploader or a project admin may delete a file.');
    const limits = effectiveLimits(
      await context.loaders.limitsOfOrganization.load(file.organizationId),
      context.settings.FILES_MAX_FILE_BYTES,
    );
    const purgeAfter = new Date(Date.now() + limits.retentionDays * 24 * 3600 * 1000);
    return { file: await deleteFile(context.prisma, { fileId: file.id, actorId: viewerId, purgeAfter }) };
  },
};
