import { badInput } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { administeredEndpoint } from '../../access';
import { updateEndpoint } from '../../data/update-endpoint';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { descriptionOf, eventTypesOf } from '../../rules/endpoint-input';
import { endpointUrl } from '../../rules/endpoint-url';
import { unlessGone } from './unless-gone';

/** A field given as null: refused, as it cannot be unset. */
const present = <T>(value: T | null | undefined, field: string): T | undefined => {
  if (value === null) throw badInput(field, `${field} cannot be null.`);
  return value;
};

export const updateWebhookEndpointMutation: MutationResolvers = {
  updateWebhookEndpoint: async (_parent, { input }, context) => {
    const endpointId = fromGlobalId(input.endpointId, 'WebhookEndpoint', 'input.endpointId');
    const url = present(input.url, 'input.url');
    const eventTypes = present(input.eventTypes, 'input.eventTypes');
    const description = present(input.description, 'input.description');
    const changes = {
      url:
        url === undefined
          ? undefined
          : endpointUrl(url, context.settings.INTEGRATIONS_WEBHOOK_ALLOWED_HOSTS, 'input.url'),
      eventTypes: eventTypes === undefined ? undefined : eventTypesOf(eventTypes, 'input.eventTypes'),
      description: description === undefined ? undefined : descriptionOf(description, 'input.description'),
      payloadMode: present(input.payloadMode, 'input.payloadMode'),
      enabled: present(input.enabled, 'input.enabled'),
    };
    await administeredEndpoint(context, endpointId);
    return {
      endpoint: await unlessGone(updateEndpoint(context.prisma, endpointId, changes, new Date()), 'Webhook endpoint'),
    };
  },
};
