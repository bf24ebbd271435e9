import { DateTime } from '../../../lib/graphql-scalars';
import { mergeResolvers } from '../../../lib/server/merge-resolvers';
import type { Resolvers } from '../generated/resolvers-types';
import { inboxResolvers } from './inbox';
import { notificationResolvers } from './notification';
import { preferenceResolvers } from './preferences';
import { unsubscribeResolvers } from './unsubscribe';
import { watchingResolvers } from './watching';

export const resolvers: Resolvers = {
  ...mergeResolvers<Resolvers>(
    notificationResolvers,
    inboxResolvers,
    watchingResolvers,
    preferenceResolvers,
    unsubscribeResolvers,
  ),
  DateTime,
};
