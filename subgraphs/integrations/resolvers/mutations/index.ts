import type { Resolvers } from '../../generated/resolvers-types';
import { createWebhookEndpointMutation } from './create-webhook-endpoint';
import { deleteWebhookEndpointMutation } from './delete-webhook-endpoint';
import { pingWebhookEndpointMutation } from './ping-webhook-endpoint';
import { redeliverWebhookMutation } from './redeliver-webhook';
import { replayWebhooksMutation } from './replay-webhooks';
import { rotateWebhookSecretMutation } from './rotate-webhook-secret';
import { updateWebhookEndpointMutation } from './update-webhook-endpoint';

/** One file per mutation: each parses its input, checks the viewer's role, calls its data operation and shapes the payload. */
export const mutationResolvers: Resolvers = {
  Mutation: {
    ...createWebhookEndpointMutation,
    ...updateWebhookEndpointMutation,
    ...deleteWebhookEndpointMutation,
    ...rotateWebhookSecretMutation,
    ...pingWebhookEndpointMutation,
    ...redeliverWebhookMutation,
    ...replayWebhooksMutation,
  },
};
