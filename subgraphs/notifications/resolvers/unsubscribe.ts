import { badInput } from '../../../lib/errors';
import type { NotificationsContext } from '../context';
import { verifyUnsubscribeToken } from '../email/unsubscribe';
import type { Resolvers } from '../generated/resolvers-types';

/** `unsubscribeFromEmails`: the signed token is the proof, no session needed. In-app stays as it was. */
export const unsubscribeResolvers: Resolvers = {
  Mutation: {
    unsubscribeFromEmails: async (_parent, { input }, context: NotificationsContext) => {
      const verified = verifyUnsubscribeToken(context.signingSecret, input.token);
      if (!verified) throw badInput('input.token', 'The unsubscribe link is invalid or incomplete.');
      const { userId, type } = verified;
      await context.prisma.channelPreference.upsert({
        where: { userId_type: { userId, type } },
        create: { userId, type, inApp: true, email: false },
        update: { email: false },
      });
      return { type };
    },
  },
};
