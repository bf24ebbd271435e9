import DataLoader from 'dataloader';
import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import { asProjectRole, type ProjectRole } from '../../../lib/roles';
import type { ServiceClient } from '../../../lib/server/service-client';
import type { WorkItemsPrisma } from '../context';
import type { ProjectSettings } from '../generated/prisma/client';

export interface ProjectUserKey {
  projectId: string;
  userId: string;
}

/** What the projects service says of a project and one user: null when the project does not exist. */
export interface ProjectAccess {
  projectKey: string;
  organizationId: string;
  role: ProjectRole | null;
}

export const projectAccessQuery =
  'query($keys: [ProjectAccessKey!]!) { projectAccess(keys: $keys) { projectKey organizationId role } }';

interface ProjectAccessAnswer {
  projectAccess: ({ projectKey: string; organizationId: string; role: string | null } | null)[];
}

function byKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

export function accessLoaders(prisma: WorkItemsPrisma, projectsClient: ServiceClient) {
  return {
    /** Roles come from the projects service: one signed call per batch, never cached beyond the request. */
    projectAccess: new DataLoader<ProjectUserKey, ProjectAccess | null, string>(
      async (keys) => {
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
          return { projectKey: answer.projectKey, organizationId, role: asProjectRole(answer.role) };
        });
      },
      { cacheKeyFn: (k) => `${k.projectId}:${k.userId}` },
    ),
    projectSettings: new DataLoader<string, ProjectSettings | null>(async (ids) =>
      byKey(ids, await prisma.projectSettings.findMany({ where: { projectId: { in: [...ids] } } }), (r) => r.projectId),
    ),
  };
}
