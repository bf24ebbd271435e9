import { DateTime } from '../../../lib/graphql-scalars';
import { mergeResolvers } from '../../../lib/server/merge-resolvers';
import type { Resolvers } from '../generated/resolvers-types';
import { inboxResolvers } from './inbox';
import { markAllNotificationsReadMutation } from './mark-all-notifications-read';
import { notificationResolvers } from './notification';
import { preferenceResolvers } from './preferences';
import { stampMutations } from './stamp-notifications';
import { unsubscribeResolvers } from './unsubscribe';
import { updateNotificationPreferencesMutation } from './update-notification-preferences';
import { watcherResolvers } from './watchers';
import { watchingResolvers } from './watching';

export const resolvers: Resolvers = {
  ...mergeResolvers<Resolvers>(
    notificationResolvers,
    inboxResolvers,
    watchingResolvers,
    watcherResolvers,
    preferenceResolvers,
    unsubscribeResolvers,
    { Mutation: { ...stampMutations, ...markAllNotificationsReadMutation, ...updateNotificationPreferencesMutation } },
  ),
  DateTime,
};
