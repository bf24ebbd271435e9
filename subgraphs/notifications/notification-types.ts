// The notification types are a contract the router shares (its unsubscribe page names their topics).
export { notificationTopics, notificationTypes, type NotificationType } from '../../lib/notification-topics';
