import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { administeredEndpoint, requireEnabled } from '../../access';
import { pingMessage } from '../../catalogue';
import { createPing } from '../../data/create-ping';
import type { MutationResolvers } from '../../generated/resolvers-types';

export const pingWebhookEndpointMutation: MutationResolvers = {
  pingWebhookEndpoint: async (_parent, { input }, context) => {
    const endpointId = fromGlobalId(input.endpointId, 'WebhookEndpoint', 'input.endpointId');
    requireEnabled(await administeredEndpoint(context, endpointId), 'ping it');
    const now = new Date();
    const body = JSON.stringify(pingMessage(toGlobalId('WebhookEndpoint', endpointId), now));
    const delivery = await createPing(context.prisma, { endpointId, body, now });
    await context.services.deliveries()?.sendNow(delivery.id, now);
    return { delivery: (await context.loaders.deliveryById.load(delivery.id)) ?? delivery };
  },
};
