import { anyone, ruleFor, signedIn, type RootRules } from '../../lib/server/permissions';

/**
 * Who may call each root field; the platform denies any root field not listed. Everything is the
 * caller's own (inbox, preferences, watching); unsubscribing is proven by its signed token instead
 * of a session.
 */
export const permissions: RootRules = {
  Query: ruleFor(['notifications', 'unreadNotificationCount', 'notification', 'notificationPreferences'], signedIn),
  Mutation: {
    ...ruleFor(
      [
        'markNotificationsRead',
        'markAllNotificationsRead',
        'archiveNotifications',
        'markNotificationsUnread',
        'unarchiveNotifications',
        'snoozeNotifications',
        'unsnoozeNotifications',
        'watchWorkItem',
        'unwatchWorkItem',
        'updateNotificationPreferences',
      ],
      signedIn,
    ),
    unsubscribeFromEmails: anyone,
  },
};
