import type { Resolvers } from '../../generated/resolvers-types';
import { completeUploadMutation } from './complete-upload';
import { createUploadMutation } from './create-upload';
import { deleteFileMutation } from './delete-file';
import { deleteLinkAttachmentMutation } from './delete-link-attachment';
import { deleteServiceLinkAttachmentsMutation } from './delete-service-link-attachments';
import { restoreFileMutation } from './restore-file';
import { setFileLimitsMutation } from './set-file-limits';
import { updateFileMutation } from './update-file';
import { upsertLinkAttachmentMutation } from './upsert-link-attachment';
import { upsertServiceLinkAttachmentsMutation } from './upsert-service-link-attachments';

/** One file per mutation: each parses its input, calls its data operation (data/ or uploads/) and shapes the payload. */
export const mutationResolvers: Resolvers = {
  Mutation: {
    ...createUploadMutation,
    ...completeUploadMutation,
    ...updateFileMutation,
    ...deleteFileMutation,
    ...restoreFileMutation,
    ...upsertLinkAttachmentMutation,
    ...deleteLinkAttachmentMutation,
    ...setFileLimitsMutation,
    ...upsertServiceLinkAttachmentsMutation,
    ...deleteServiceLinkAttachmentsMutation,
  },
};
