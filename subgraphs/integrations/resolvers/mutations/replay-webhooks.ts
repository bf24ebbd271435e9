import { badInput } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { administeredEndpoint, requireEnabled } from '../../access';
import { replay } from '../../data/requeue-deliveries';
import type { MutationResolvers } from '../../generated/resolvers-types';

export const replayWebhooksMutation: MutationResolvers = {
  replayWebhooks: async (_parent, { input }, context) => {
    const endpointId = fromGlobalId(input.endpointId, 'WebhookEndpoint', 'input.endpointId');
    if (input.to <= input.from) throw badInput('input.to', 'The window must end after it starts.');
    const endpoint = await administeredEndpoint(context, endpointId);
    requireEnabled(endpoint, 'replay');
    const replayedCount = await replay(context.prisma, { endpointId, from: input.from, to: input.to, now: new Date() });
    context.services.deliveries()?.wake();
    return { endpoint, replayedCount };
  },
};
