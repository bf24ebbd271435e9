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

/** Contacts of the users (raw ids), by id; unknown users are left out. One call per 200 ids. */
export async function fetchUserContacts(
  usersClient: ServiceClient,
  userIds: Iterable<string>,
): Promise<Map<string, UserContact>> {
  const ids = [...new Set(userIds)];
  const contacts = new Map<string, UserContact>();
  for (let start = 0; start < ids.length; start += maxIds) {
    const batch = ids.slice(start, start + maxIds);
    const { userContacts } = await usersClient.query<{ userContacts: (UserContact | null)[] }>(contactsQuery, {
      ids: batch,
    });
    userContacts.forEach((contact, index) => {
      if (contact) contacts.set(batch[index]!, contact);
    });
  }
  return contacts;
}
