import { deletableFile } from '../../access';
import { viewerIdOf } from '../../context';
import { setFileDeleted } from '../../data/file-deletion';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { effectiveLimits } from '../../rules/limits';

export const deleteFileMutation: MutationResolvers = {
  deleteFile: async (_parent, { input }, context) => {
    const file = await deletableFile(context, input.fileId, 'delete');
    const limits = effectiveLimits(
      await context.loaders.limitsOfOrganization.load(file.organizationId),
      context.settings.FILES_MAX_FILE_BYTES,
    );
    const purgeAfter = new Date(Date.now() + limits.retentionDays * 24 * 3600 * 1000);
    return {
      file: await setFileDeleted(context.prisma, {
        fileId: file.id,
        actorId: viewerIdOf(context),
        deleted: true,
        purgeAfter,
      }),
    };
  },
};
