import { allow, deny, rule, shield } from 'graphql-shield';
import { AppError, ErrorCode, unauthenticated } from '../../lib/errors';
import type { NotificationsContext } from './context';

const isAuthenticated = rule({ cache: 'contextual' })((_parent, _args, context: NotificationsContext) =>
  context.identity.viewer ? true : unauthenticated(),
);

/**
 * Who may call each root field. Everything is the caller's own (inbox, preferences, watching);
 * unsubscribing is proven by its signed token instead of a session. Unlisted root fields are denied.
 */
export const permissions = shield(
  {
    Query: {
      '*': deny,
      notifications: isAuthenticated,
      unreadNotificationCount: isAuthenticated,
      notification: isAuthenticated,
      notificationPreferences: isAuthenticated,
      _entities: allow,
      _service: allow,
    },
    Mutation: {
      '*': deny,
      markNotificationsRead: isAuthenticated,
      markAllNotificationsRead: isAuthenticated,
      archiveNotifications: isAuthenticated,
      watchWorkItem: isAuthenticated,
      unwatchWorkItem: isAuthenticated,
      updateNotificationPreferences: isAuthenticated,
      unsubscribeFromEmails: allow,
    },
  },
  {
    allowExternalErrors: true,
    debug: false,
    fallbackError: new AppError(ErrorCode.Forbidden, 'You are not allowed to do this.'),
  },
);
