import { webhookEventSchema, webhookEventTypes } from '../catalogue';
import type { Resolvers } from '../generated/resolvers-types';

export const queryResolvers: Resolvers = {
  Query: {
    webhookEventTypes: () => [...webhookEventTypes],
  },
  WebhookEventType: {
    jsonSchema: (type) => JSON.stringify(webhookEventSchema(type.name)),
  },
};
