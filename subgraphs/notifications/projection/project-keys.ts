import type { ServiceClient } from '../../../lib/server/service-client';
import { toGlobalId } from '../../../lib/ids';

const projectKeyQuery = 'query($keys: [ProjectAccessKey!]!) { projectAccess(keys: $keys) { projectKey } }';

/**
 * The key of the project someone was added to, from the projects service (the notifications read
 * model only knows projects through their work items, and a new project has none). Null when the
 * project is gone. Only the key is asked for, which costs the projects service no role lookup.
 */
export async function projectKeyFor(
  projectsClient: ServiceClient,
  projectId: string,
  userId: string,
): Promise<string | null> {
  const data = await projectsClient.query<{ projectAccess: ({ projectKey: string } | null)[] }>(projectKeyQuery, {
    keys: [{ projectId: toGlobalId('Project', projectId), userId: toGlobalId('User', userId) }],
  });
  return data.projectAccess[0]?.projectKey ?? null;
}
