import DataLoader from 'dataloader';
import { createProjectAccessLoader } from '../../../lib/server/project-access-loader';
import type { ProjectAccessCache } from '../../../lib/cache/project-access-cache';
import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import type { ServiceClient } from '../../../lib/server/service-client';
import type { RequestIdentity } from '../../../lib/viewer';

export type { ProjectAccess, ProjectUserKey } from '../../../lib/server/project-access-loader';

/** The most projects one cross-project list reads; one more is asked for, to tell when there are more. */
export const maxListedProjects = 1000;

const readableProjectIdsQuery = `query($organizationId: ID!, $userId: ID!, $first: Int!) {
  readableProjectIds(organizationId: $organizationId, userId: $userId, first: $first)
}`;

export function accessLoaders(
  projectsClient: ServiceClient,
  identity: RequestIdentity,
  projectAccessCache?: ProjectAccessCache,
) {
  const viewerId = identity.viewer?.userId;
  return {
    projectAccess: createProjectAccessLoader(projectsClient, projectAccessCache),
    /**
     * The raw ids of an organization's projects the viewer reads now, asked of the projects service on
     * every request (never cached across requests, so a removed member loses them at once): at most
     * maxListedProjects + 1.
     */
    readableProjectIds: new DataLoader<string, string[]>((organizationIds) =>
      Promise.all(
        organizationIds.map(async (organizationId) => {
          if (!viewerId) return [];
          const data = await projectsClient.query<{ readableProjectIds: string[] }>(readableProjectIdsQuery, {
            organizationId: toGlobalId('Organization', organizationId),
            userId: toGlobalId('User', viewerId),
            first: maxListedProjects + 1,
          });
          return data.readableProjectIds.flatMap((id) => decodeGlobalId(id)?.id ?? []);
        }),
      ),
    ),
  };
}
