/** The notification types, which are also the preference categories, in the order of the schema's enum. */
export const notificationTypes = [
  'ASSIGNED',
  'MENTIONED',
  'COMMENTED',
  'STATE_CHANGED',
  'ADDED_TO_PROJECT',
  'SPRINT_STARTED',
  'SPRINT_COMPLETED',
] as const;

export type NotificationType = (typeof notificationTypes)[number];
