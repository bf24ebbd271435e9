/**
 * The notification types, which are also the preference categories, in the order of the
 * notifications schema's enum. A contract shared by the notifications subgraph and the router's
 * unsubscribe page, so it lives in lib: the router imports no subgraph code.
 */
export const notificationTypes = [
  'ASSIGNED',
  'MENTIONED',
  'COMMENTED',
  'STATE_CHANGED',
  'ATTACHMENT_ADDED',
  'ADDED_TO_PROJECT',
  'SPRINT_STARTED',
  'SPRINT_COMPLETED',
  'INVITED_TO_ORGANIZATION',
  'DASHBOARD_REPORT',
  'WEBHOOK_ENDPOINT_DISABLED',
] as const;

export type NotificationType = (typeof notificationTypes)[number];

/** What each type's emails are about, to finish "Stop emails about …" and "… are on for …". */
export const notificationTopics: Record<NotificationType, string> = {
  ASSIGNED: 'work items assigned to you',
  MENTIONED: 'mentions of you in comments',
  COMMENTED: 'comments on work items you watch',
  STATE_CHANGED: 'state changes of work items you watch',
  ATTACHMENT_ADDED: 'files and links attached to work items you watch',
  ADDED_TO_PROJECT: 'being added to projects',
  SPRINT_STARTED: 'sprints with your work items starting',
  SPRINT_COMPLETED: 'sprints with your work items being completed',
  INVITED_TO_ORGANIZATION: 'invitations to join organizations',
  DASHBOARD_REPORT: 'the weekly reports of dashboards you subscribed to',
  WEBHOOK_ENDPOINT_DISABLED: 'webhook endpoints of your organization being disabled',
};

/** Types sent by email only: they have no in-app notification to keep. */
export const emailOnlyNotificationTypes: ReadonlySet<NotificationType> = new Set(['DASHBOARD_REPORT']);
