import { createEntityCache, type EntityCache } from '../../../lib/cache/entity-cache';
import type { Epochs } from '../../../lib/cache/epochs';
import type { ServiceClient } from '../../../lib/server/service-client';

/** What the projection needs of a user: the name for summaries, the time zone for email scheduling. */
export interface UserContact {
  id: string;
  name: string;
  email: string;
  timeZone: string;
}

const contactsQuery = `query UserContacts($ids: [ID!]!) { userContacts(ids: $ids) { id name email timeZone } }`;

/** The users service's batch size limit. */
const maxIds = 200;

/**
 * Contacts kept across events under the users service's own epochs (`entity:User:<id>`, bumped by
 * every committed profile change, see users' README), so a renamed user or a new time zone is read
 * afresh on the next event while the same watchers' contacts cost no call to the users service.
 */
export type ContactCache = EntityCache<UserContact>;

export const createContactCache = (epochs: Epochs): ContactCache => createEntityCache<UserContact>(epochs, 'User');

async function askUsersService(usersClient: ServiceClient, ids: readonly string[]): Promise<(UserContact | null)[]> {
  const found: (UserContact | null)[] = [];
  for (let start = 0; start < ids.length; start += maxIds) {
    const batch = ids.slice(start, start + maxIds);
    const { userContacts } = await usersClient.query<{ userContacts: (UserContact | null)[] }>(contactsQuery, {
      ids: batch,
    });
    found.push(...userContacts);
  }
  return found;
}

/** Contacts of the users (raw ids), by id; unknown users are left out. One call per 200 ids not in `cache`. */
export async function fetchUserContacts(
  usersClient: ServiceClient,
  userIds: Iterable<string>,
  cache?: ContactCache,
): Promise<Map<string, UserContact>> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return new Map();
  const ask = (missing: readonly string[]) => askUsersService(usersClient, missing);
  const found = cache ? await cache.resolve(ids, ask) : await ask(ids);
  const contacts = new Map<string, UserContact>();
  found.forEach((contact, index) => {
    if (contact) contacts.set(ids[index]!, contact);
  });
  return contacts;
}
