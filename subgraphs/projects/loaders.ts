import type { OrganizationRoleCache } from '../../lib/cache/organization-role-cache';
import type { ProjectAccessCache } from '../../lib/cache/project-access-cache';
import type { ProjectAccess } from '../../lib/server/project-access-loader';
import DataLoader from 'dataloader';
import { cachedByIdLoader, type EntityCache } from '../../lib/cache/entity-cache';
import { byId } from '../../lib/loader-results';
import { createOrganizationRoleLoader } from '../../lib/server/organization-role-loader';
import type { ServiceClient } from '../../lib/server/service-client';
import type { RequestIdentity } from '../../lib/viewer';
import type { ProjectsPrisma } from './db';
import {
  effectiveMemberCounts,
  effectiveMemberPages,
  projectGrants,
  type EffectiveMemberRow,
  type MemberPageRequest,
  type ProjectUserKey,
} from './data/members';
import { pageRequestKey, type PageRequest } from '../../lib/db/batched-pages';
import {
  countVisibleProjects,
  visibleProjectPages,
  type VisibleProjectCountRequest,
  type VisibleProjectPageRequest,
  type VisibleProjectRow,
} from './data/projects';
import {
  organizationTeamCounts,
  organizationTeamPages,
  projectTeamCounts,
  projectTeamPages,
  teamMemberCounts,
  teamMemberPages,
  type ProjectTeamRow,
  type TeamMemberRow,
} from './data/teams';
import type { Project, Team } from './generated/prisma/client';
import type { ProjectRole } from '../../lib/roles';
import { effectiveProjectRole, projectScopeOf, type ProjectScope } from './effective-role';

const pairKey = (a: string, b: string) => `${a}:${b}`;

/** Connection pages of many parents in one statement, keyed by parent, cursor and size. */
const pageLoader = <T>(load: (requests: readonly PageRequest[]) => Promise<T[][]>) =>
  new DataLoader<PageRequest, T[], string>(load, { cacheKeyFn: pageRequestKey });

/** Fresh per request, so nothing cached outlives the request or leaks between viewers. */
export function createLoaders(
  prisma: ProjectsPrisma,
  identity: RequestIdentity,
  usersClient: ServiceClient,
  caches: {
    organizationRoles?: OrganizationRoleCache;
    projectAccess?: ProjectAccessCache;
    projects?: EntityCache<Project>;
  } = {},
) {
  /** Organization roles live in the users service: one signed call per batch of what the cache does not hold. */
  const orgRole = createOrganizationRoleLoader(usersClient, caches.organizationRoles);
  /** Through the process's project cache (invalidated by `projectCache.changed` after every committed project change). */
  const projectById = cachedByIdLoader(caches.projects, async (ids) =>
    byId(ids, await prisma.project.findMany({ where: { id: { in: [...ids] } } })),
  );
  /** Effective roles as other subgraphs see them: the projects' grants in one statement, the organization roles in one call. */
  const fetchAccess = async (keys: readonly ProjectUserKey[]): Promise<(ProjectAccess | null)[]> => {
    const grants = await projectGrants(prisma, keys);
    return Promise.all(
      keys.map(async ({ userId }, i) => {
        const grant = grants[i];
        if (!grant) return null;
        const organizationRole = await orgRole.load({ organizationId: grant.organizationId, userId });
        return {
          projectKey: grant.projectKey,
          organizationId: grant.organizationId,
          role: effectiveProjectRole(grant.role, organizationRole),
          archived: grant.archived,
        };
      }),
    );
  };
  /** Through the platform's project role cache, under the organization's access epoch (which every membership writer here bumps). */
  const effectiveRole = new DataLoader<ProjectUserKey, ProjectRole | null, string>(
    async (keys) =>
      (caches.projectAccess ? await caches.projectAccess.resolve(keys, fetchAccess) : await fetchAccess(keys)).map(
        (access) => access?.role ?? null,
      ),
    { cacheKeyFn: (k) => pairKey(k.projectId, k.userId) },
  );
  const viewerId = identity.viewer?.userId;
  /** The viewer's scope in each organization, in order: one call to the users service for all. */
  const viewerScopes = (userId: string, organizationIds: readonly string[]): Promise<ProjectScope[]> =>
    Promise.all(
      organizationIds.map(async (organizationId) => projectScopeOf(await orgRole.load({ organizationId, userId }))),
    );
  return {
    projectById,
    teamById: new DataLoader<string, Team | null>(async (ids) =>
      byId(ids, await prisma.team.findMany({ where: { id: { in: [...ids] } } })),
    ),
    effectiveRole,
    /** The signed-in viewer's effective role in a project (null when anonymous or without one). */
    viewerRole(projectId: string): Promise<ProjectRole | null> {
      return viewerId ? effectiveRole.load({ projectId, userId: viewerId }) : Promise.resolve(null);
    },
    orgRole,
    projectMemberPage: new DataLoader<MemberPageRequest, EffectiveMemberRow[], string>(
      (requests) => effectiveMemberPages(prisma, requests),
      { cacheKeyFn: (r) => [r.projectId, r.afterSince, r.afterUserId, r.take, r.direction].join(':') },
    ),
    projectMemberCount: new DataLoader<string, number>((ids) => effectiveMemberCounts(prisma, ids)),
    /** Projects of organizations (parentId) the signed-in viewer sees (see visibleProjectPages); none when anonymous. */
    visibleProjectPage: new DataLoader<VisibleProjectPageRequest, VisibleProjectRow[], string>(
      async (requests) =>
        viewerId
          ? visibleProjectPages(
              prisma,
              viewerId,
              requests,
              await viewerScopes(
                viewerId,
                requests.map((r) => r.parentId),
              ),
            )
          : requests.map(() => []),
      { cacheKeyFn: (r) => `${pageRequestKey(r)}:${r.includeArchived}` },
    ),
    visibleProjectCount: new DataLoader<VisibleProjectCountRequest, number, string>(
      async (requests) =>
        viewerId
          ? countVisibleProjects(
              prisma,
              viewerId,
              requests,
              await viewerScopes(
                viewerId,
                requests.map((r) => r.organizationId),
              ),
            )
          : requests.map(() => 0),
      { cacheKeyFn: (r) => `${r.organizationId}:${r.includeArchived}` },
    ),
    organizationTeamPage: pageLoader<Team>((requests) => organizationTeamPages(prisma, requests)),
    organizationTeamCount: new DataLoader<string, number>((ids) => organizationTeamCounts(prisma, ids)),
    teamMemberPage: pageLoader<TeamMemberRow>((requests) => teamMemberPages(prisma, requests)),
    teamMemberCount: new DataLoader<string, number>((ids) => teamMemberCounts(prisma, ids)),
    projectTeamPage: pageLoader<ProjectTeamRow>((requests) => projectTeamPages(prisma, requests)),
    projectTeamCount: new DataLoader<string, number>((ids) => projectTeamCounts(prisma, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** After a write, cached connection pages and counts of this request may be stale. */
export function forgetConnections(loaders: Loaders): void {
  loaders.projectMemberPage.clearAll();
  loaders.projectMemberCount.clearAll();
  loaders.visibleProjectPage.clearAll();
  loaders.visibleProjectCount.clearAll();
  loaders.organizationTeamPage.clearAll();
  loaders.organizationTeamCount.clearAll();
  loaders.teamMemberPage.clearAll();
  loaders.teamMemberCount.clearAll();
  loaders.projectTeamPage.clearAll();
  loaders.projectTeamCount.clearAll();
}

/** After a membership change, cached roles and connections of this request are stale. */
export function forgetMemberships(loaders: Loaders): void {
  loaders.effectiveRole.clearAll();
  forgetConnections(loaders);
}
