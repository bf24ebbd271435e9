import { createProjectAccessLoader } from '../../../lib/server/project-access-loader';
import type { ServiceClient } from '../../../lib/server/service-client';

/**
 * The key of the project someone was added to, from the projects service (the notifications read
 * model only knows projects through their work items, and a new project has none). Null when the
 * project is gone.
 */
export async function projectKeyFor(
  projectsClient: ServiceClient,
  projectId: string,
  userId: string,
): Promise<string | null> {
  const access = await createProjectAccessLoader(projectsClient).load({ projectId, userId });
  return access?.projectKey ?? null;
}
