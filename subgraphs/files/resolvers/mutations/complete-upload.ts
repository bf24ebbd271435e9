import type { MutationResolvers } from '../../generated/resolvers-types';
import { finishUpload } from '../../uploads/finish-upload';

export const completeUploadMutation: MutationResolvers = {
  completeUpload: async (_parent, { input }, context) => {
    const { file, version, deduplicated } = await finishUpload(context, input);
    return { file, version, deduplicated };
  },
};
