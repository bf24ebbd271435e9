import { decodeGlobalId, uuidPattern } from '../../../../../lib/ids';
import type { MutationResolvers } from '../../../generated/resolvers-types';
import { vcsForwardedHeaders } from '../../../../../lib/vcs-hooks';
import { receiveWebhook } from '../../../vcs/receive/receive-webhook';

const maxBodyChars = 5 * 1024 * 1024;

/** The router's forwarding of one inbound delivery (shield: services only). */
export const receiveVcsWebhookMutation: MutationResolvers = {
  receiveVcsWebhook: async (_parent, { input }, context) => {
    const decoded = decodeGlobalId(input.connectionId);
    const connectionId = decoded?.type === 'VcsConnection' && uuidPattern.test(decoded.id) ? decoded.id : null;
    const allowed = new Set<string>(vcsForwardedHeaders);
    const headers = Object.fromEntries(
      input.headers
        .map((header) => [header.name.toLowerCase(), header.value] as const)
        .filter(([name]) => allowed.has(name)),
    );
    if (input.body.length > maxBodyChars) {
      return {
        outcome: 'MALFORMED',
        message: 'The body is too large.',
        linked: 0,
        moved: 0,
        skippedKeys: [],
        refused: [],
      };
    }
    return receiveWebhook(
      { prisma: context.prisma, secrets: context.services.secrets, peers: context.peers },
      { connectionId, headers, body: input.body },
    );
  },
};
