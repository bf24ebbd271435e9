import type { Resolvers } from '../../../generated/resolvers-types';
import { createVcsConnectionMutation } from './create-vcs-connection';
import { deleteVcsConnectionMutation } from './delete-vcs-connection';
import { receiveVcsWebhookMutation } from './receive-vcs-webhook';
import { rotateVcsConnectionSecretMutation } from './rotate-vcs-connection-secret';
import { setVcsProjectSettingsMutation } from './set-vcs-project-settings';

export const vcsMutationResolvers: Resolvers = {
  Mutation: {
    ...createVcsConnectionMutation,
    ...deleteVcsConnectionMutation,
    ...rotateVcsConnectionSecretMutation,
    ...setVcsProjectSettingsMutation,
    ...receiveVcsWebhookMutation,
  },
};
