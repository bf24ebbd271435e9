import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { administeredEndpoint } from '../../access';
import { deleteEndpoint } from '../../data/delete-endpoint';
import type { MutationResolvers } from '../../generated/resolvers-types';

export const deleteWebhookEndpointMutation: MutationResolvers = {
  deleteWebhookEndpoint: async (_parent, { input }, context) => {
    const endpointId = fromGlobalId(input.endpointId, 'WebhookEndpoint', 'input.endpointId');
    await administeredEndpoint(context, endpointId);
    await deleteEndpoint(context.prisma, endpointId);
    return { deletedEndpointId: toGlobalId('WebhookEndpoint', endpointId) };
  },
};
