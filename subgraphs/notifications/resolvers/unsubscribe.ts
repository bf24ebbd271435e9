import { badInput } from '../../../lib/errors';
import type { NotificationsContext } from '../context';
import { turnOffEmails } from '../data/turn-off-emails';
import { verifyUnsubscribeToken } from '../email/unsubscribe';
import type { Resolvers } from '../generated/resolvers-types';

/** `unsubscribeFromEmails`: the signed token is the proof, no session needed. In-app stays as it was. */
export const unsubscribeResolvers: Resolvers = {
  Mutation: {
    unsubscribeFromEmails: async (_parent, { input }, context: NotificationsContext) => {
      const verified = verifyUnsubscribeToken(context.signingSecret, input.token);
      if (!verified) throw badInput('input.token', 'The unsubscribe link is invalid or incomplete.');
      await turnOffEmails(context.prisma, verified.userId, verified.type);
      return { type: verified.type };
    },
  },
};
