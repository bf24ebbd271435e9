import DataLoader from 'dataloader';
import { decodeGlobalId, toGlobalId } from '../ids';
import { asProjectRole, type ProjectRole } from '../roles';
import type { ServiceClient } from './service-client';

export interface ProjectUserKey {
  projectId: string;
  userId: string;
}

/** What the projects service says of a project and one user: null when the project does not exist. */
export interface ProjectAccess {
  projectKey: string;
  organizationId: string;
  role: ProjectRole | null;
  /** An archived project's roles are at most VIEWER: its work is read-only. */
  archived: boolean;
}

export const projectAccessQuery =
  'query($keys: [ProjectAccessKey!]!) { projectAccess(keys: $keys) { projectKey organizationId role archived } }';

interface ProjectAccessAnswer {
  projectAccess: ({ projectKey: string; organizationId: string; role: string | null; archived: boolean } | null)[];
}

/**
 * Project roles for subgraphs that do not own projects: one signed call to the projects service per
 * batch of what `cache` (shared by the process's requests, invalidated by access epochs) does not hold.
 */
type Fetch = (keys: readonly ProjectUserKey[]) => Promise<(ProjectAccess | null)[]>;

/** What `lib/cache/project-access-cache.ts` offers; named here so the two modules do not import each other. */
interface AccessCache {
  resolve(keys: readonly ProjectUserKey[], fetch: Fetch): Promise<(ProjectAccess | null)[]>;
}

/** One signed call to the projects service for every pair, uncached: for per-request loaders and the router. */
export function fetchProjectAccess(projectsClient: ServiceClient): Fetch {
  return async (keys) => {
    const data = await projectsClient.query<ProjectAccessAnswer>(projectAccessQuery, {
      keys: keys.map((k) => ({
        projectId: toGlobalId('Project', k.projectId),
        userId: toGlobalId('User', k.userId),
      })),
    });
    return keys.map((_, i) => {
      const answer = data.projectAccess[i];
      const organizationId = answer && decodeGlobalId(answer.organizationId)?.id;
      if (!answer || !organizationId) return null;
      return {
        projectKey: answer.projectKey,
        organizationId,
        role: asProjectRole(answer.role),
        archived: answer.archived,
      };
    });
  };
}

export function createProjectAccessLoader(projectsClient: ServiceClient, cache?: AccessCache) {
  const fetch = fetchProjectAccess(projectsClient);
  return new DataLoader<ProjectUserKey, ProjectAccess | null, string>(
    (keys) => (cache ? cache.resolve(keys, fetch) : fetch(keys)),
    { cacheKeyFn: (k) => `${k.projectId}:${k.userId}` },
  );
}
