import { viewerIdOf } from '../context';
import { markAllNotificationsRead } from '../data/mark-all-notifications-read';
import type { MutationResolvers } from '../generated/resolvers-types';

export const markAllNotificationsReadMutation: MutationResolvers = {
  markAllNotificationsRead: (_parent, { input }, context) =>
    markAllNotificationsRead(context.prisma, viewerIdOf(context), input?.createdUpTo ?? null, new Date()),
};
