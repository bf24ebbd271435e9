import { toGlobalId } from '../../../lib/ids';
import type { Resolvers } from '../generated/resolvers-types';
import { messageIdOf } from '../rules/signature-headers';
import { attemptsOf } from './connections';
import { rawIdOf } from './raw-id';
import { visibleEndpoint } from './endpoint';

type Status = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'HELD';
type Trigger = 'SCHEDULED' | 'REDELIVERY' | 'REPLAY' | 'PING';

export const deliveryResolvers: Resolvers = {
  WebhookDelivery: {
    __resolveReference: async (reference, context) => {
      const id = rawIdOf(reference.id, 'WebhookDelivery');
      const delivery = id ? await context.loaders.deliveryById.load(id) : null;
      return delivery && (await visibleEndpoint(context, delivery.endpointId)) ? delivery : null;
    },
    id: (delivery) => toGlobalId('WebhookDelivery', delivery.id),
    endpoint: async (delivery, _args, context) => {
      const endpoint = await context.loaders.endpointById.load(delivery.endpointId);
      if (!endpoint) throw new Error(`delivery ${delivery.id} has no endpoint`);
      return endpoint;
    },
    messageId: (delivery) => messageIdOf(delivery.id),
    status: (delivery) => delivery.status as Status,
    attempts: (delivery, args, context) => attemptsOf(context, delivery.id, args),
  },
  WebhookAttempt: {
    trigger: (attempt) => attempt.trigger as Trigger,
    outcome: (attempt) => attempt.outcome as 'SUCCEEDED' | 'FAILED',
    requestHeaders: (attempt) =>
      Object.entries(attempt.requestHeaders as Record<string, string>).map(([name, value]) => ({ name, value })),
  },
};
