import { fromGlobalId } from '../../../../lib/ids';
import { administeredEndpoint } from '../../access';
import { rotateSecret } from '../../data/rotate-secret';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { overlapHoursOf } from '../../rules/endpoint-input';
import { newWebhookSecret } from '../../secrets/secret-box';
import { unlessGone } from './unless-gone';

export const rotateWebhookSecretMutation: MutationResolvers = {
  rotateWebhookSecret: async (_parent, { input }, context) => {
    const endpointId = fromGlobalId(input.endpointId, 'WebhookEndpoint', 'input.endpointId');
    const overlapHours = overlapHoursOf(input.overlapHours ?? 24, 'input.overlapHours');
    await administeredEndpoint(context, endpointId);
    const secret = newWebhookSecret();
    const endpoint = await unlessGone(
      rotateSecret(context.prisma, {
        endpointId,
        secretCiphertext: context.services.secrets.seal(secret),
        previousExpiresAt: new Date(Date.now() + overlapHours * 3600 * 1000),
      }),
      'Webhook endpoint',
    );
    return { endpoint, secret };
  },
};
