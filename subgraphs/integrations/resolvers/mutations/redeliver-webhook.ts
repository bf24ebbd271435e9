import { notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { administeredEndpoint, requireEnabled } from '../../access';
import { redeliver } from '../../data/requeue-deliveries';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { unlessGone } from './unless-gone';

export const redeliverWebhookMutation: MutationResolvers = {
  redeliverWebhook: async (_parent, { input }, context) => {
    const deliveryId = fromGlobalId(input.deliveryId, 'WebhookDelivery', 'input.deliveryId');
    const found = await context.loaders.deliveryById.load(deliveryId);
    if (!found) throw notFound('Webhook delivery');
    requireEnabled(await administeredEndpoint(context, found.endpointId, 'Webhook delivery'), 'redeliver');
    const now = new Date();
    await unlessGone(redeliver(context.prisma, deliveryId, now), 'Webhook delivery');
    await context.services.deliveries()?.sendNow(deliveryId, now);
    const delivery = await context.loaders.deliveryById.clear(deliveryId).load(deliveryId);
    return { delivery: delivery ?? found };
  },
};
