import { userRef } from '../../../lib/entity-ref';
import { toGlobalId } from '../../../lib/ids';
import { visibleEndpoints } from '../access';
import type { IntegrationsContext } from '../context';
import type { WebhookEndpoint } from '../generated/prisma/client';
import type { Resolvers, WebhookDeliveryStatus } from '../generated/resolvers-types';
import { deliveriesOf } from './connections';
import { rawIdOf } from './raw-id';

/** An endpoint the viewer administers, or null (missing, or not theirs to see). */
export async function visibleEndpoint(context: IntegrationsContext, id: string): Promise<WebhookEndpoint | null> {
  const [endpoint] = await visibleEndpoints(context, [await context.loaders.endpointById.load(id)]);
  return endpoint ?? null;
}

export const endpointResolvers: Resolvers = {
  WebhookEndpoint: {
    __resolveReference: async (reference, context) => {
      const id = rawIdOf(reference.id, 'WebhookEndpoint');
      return id ? visibleEndpoint(context, id) : null;
    },
    id: (endpoint) => toGlobalId('WebhookEndpoint', endpoint.id),
    organization: (endpoint) => ({ organizationId: endpoint.organizationId }),
    project: (endpoint) => (endpoint.projectId ? { projectId: endpoint.projectId } : null),
    payloadMode: (endpoint) => endpoint.payloadMode as 'THIN' | 'FULL',
    enabled: (endpoint) => endpoint.disabledAt === null,
    disabledReason: (endpoint) => endpoint.disabledReason as 'MANUAL' | 'GONE' | 'FAILING' | null,
    createdBy: (endpoint) => userRef(endpoint.createdBy),
    deliveries: (endpoint, args, context) =>
      deliveriesOf(context, endpoint.id, (args.status as WebhookDeliveryStatus | null | undefined) ?? null, args),
  },
};
