import type { MutationResolvers } from '../../generated/resolvers-types';
import { startUpload } from '../../uploads/start-upload';

export const createUploadMutation: MutationResolvers = {
  createUpload: async (_parent, { input }, context) => ({ upload: (await startUpload(context, input)).upload }),
};
