/**
 * Inbound webhooks of connected repository hosts, shared by the router (which receives them) and the
 * integrations service (which reads them): where they arrive and which headers travel on.
 */
export const vcsHooksPath = '/hooks/vcs/';

/** The headers the router forwards, lower-case: signatures, event names and delivery ids. */
export const vcsForwardedHeaders = [
  'x-hub-signature-256',
  'x-github-event',
  'x-github-delivery',
  'x-gitlab-token',
  'x-gitlab-event',
  'x-gitlab-event-uuid',
] as const;

/** How the integrations service answers a delivery, and the HTTP status the router gives it. */
export const vcsDeliveryStatus = {
  ACCEPTED: 202,
  DUPLICATE: 202,
  IGNORED: 202,
  MALFORMED: 400,
  BAD_SIGNATURE: 401,
  UNKNOWN_CONNECTION: 404,
} as const;

export type VcsDeliveryOutcome = keyof typeof vcsDeliveryStatus;
