import { fromGlobalId } from '../../../../lib/ids';
import { administeredScope } from '../../access';
import { viewerIdOf } from '../../context';
import { createEndpoint } from '../../data/create-endpoint';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { descriptionOf, eventTypesOf } from '../../rules/endpoint-input';
import { endpointUrl } from '../../rules/endpoint-url';
import { newWebhookSecret } from '../../secrets/secret-box';

export const createWebhookEndpointMutation: MutationResolvers = {
  createWebhookEndpoint: async (_parent, { input }, context) => {
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    const projectId = input.projectId ? fromGlobalId(input.projectId, 'Project', 'input.projectId') : null;
    const url = endpointUrl(input.url, context.settings.INTEGRATIONS_WEBHOOK_ALLOWED_HOSTS, 'input.url');
    const eventTypes = eventTypesOf(input.eventTypes, 'input.eventTypes');
    const description = descriptionOf(input.description ?? '', 'input.description');
    await administeredScope(context, { organizationId, projectId });
    const secret = newWebhookSecret();
    const endpoint = await createEndpoint(context.prisma, {
      organizationId,
      projectId,
      url,
      description,
      eventTypes,
      payloadMode: input.payloadMode ?? 'THIN',
      secretCiphertext: context.services.secrets.seal(secret),
      actorId: viewerIdOf(context),
    });
    return { endpoint, secret };
  },
};
