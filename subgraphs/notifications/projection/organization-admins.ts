import { RetryLater } from '../../../lib/events/retry-later';
import type { AnyEventEnvelope } from '../../../lib/events/envelope';
import type { ServiceClient } from '../../../lib/server/service-client';

const adminIdsQuery = 'query ($organizationId: ID!) { organizationAdminIds(organizationId: $organizationId) }';

/** Whether the event's recipients depend on who administers its organization now. */
export function needsOrganizationAdmins(envelope: AnyEventEnvelope): boolean {
  return envelope.type === 'webhook_endpoint.disabled' && envelope.version >= 2;
}

/**
 * A call to the users service made for the event. A notice told to an organization's admins must not
 * be lost to an outage: when users does not answer, the consumer retries the event until it does
 * (RetryLater); for other events the failure counts as any other.
 */
export async function askUsersFor<T>(envelope: AnyEventEnvelope, what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!needsOrganizationAdmins(envelope)) throw error;
    throw new RetryLater(`The users service did not answer ${what}: ${String(error)}`, { cause: error });
  }
}

/** The raw IDs of the event's organization's OWNERs and ADMINs as users knows them now, for events that need them. */
export async function organizationAdminIdsFor(
  usersClient: ServiceClient,
  envelope: AnyEventEnvelope,
): Promise<string[]> {
  if (!needsOrganizationAdmins(envelope)) return [];
  const data = await askUsersFor(envelope, 'who administers the organization', () =>
    usersClient.query<{ organizationAdminIds: string[] }>(adminIdsQuery, { organizationId: envelope.organizationId }),
  );
  return data.organizationAdminIds;
}
