import DataLoader from 'dataloader';
import { createProjectAccessLoader } from '../../../lib/server/project-access-loader';
import type { ProjectAccessCache } from '../../../lib/cache/project-access-cache';
import type { ServiceClient } from '../../../lib/server/service-client';
import type { WorkItemsPrisma } from '../db';
import { projectSettingsOf } from '../data/project-reads';
import type { ProjectSettings } from '../generated/prisma/client';

export type { ProjectAccess, ProjectUserKey } from '../../../lib/server/project-access-loader';

function byKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

export function accessLoaders(
  prisma: WorkItemsPrisma,
  projectsClient: ServiceClient,
  projectAccessCache?: ProjectAccessCache,
) {
  return {
    projectAccess: createProjectAccessLoader(projectsClient, projectAccessCache),
    projectSettings: new DataLoader<string, ProjectSettings | null>(async (ids) =>
      byKey(ids, await projectSettingsOf(prisma, ids), (r) => r.projectId),
    ),
  };
}
