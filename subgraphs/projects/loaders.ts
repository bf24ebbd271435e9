import DataLoader from 'dataloader';
import { toGlobalId } from '../../lib/ids';
import { byId } from '../../lib/loader-results';
import type { ServiceClient } from '../../lib/server/service-client';
import type { RequestIdentity } from '../../lib/viewer';
import type { ProjectsPrisma } from './context';
import {
  effectiveMemberCounts,
  effectiveMemberPages,
  effectiveRoles,
  type EffectiveMemberRow,
  type MemberPageRequest,
  type ProjectUserKey,
} from './data/members';
import { pageRequestKey, type PageRequest } from '../../lib/db/batched-pages';
import { countVisibleProjects, visibleProjectPages, type VisibleProjectRow } from './data/projects';
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
import type { OrganizationRole, ProjectRole } from '../../lib/roles';

export interface OrganizationUserKey {
  organizationId: string;
  userId: string;
}

const organizationRoles = new Set<string>(['OWNER', 'ADMIN', 'MEMBER', 'GUEST']);

export const organizationRolesQuery = 'query($keys: [OrganizationRoleKey!]!) { organizationRoles(keys: $keys) }';

const pairKey = (a: string, b: string) => `${a}:${b}`;

/** Connection pages of many parents in one statement, keyed by parent, cursor and size. */
const pageLoader = <T>(load: (requests: readonly PageRequest[]) => Promise<T[][]>) =>
  new DataLoader<PageRequest, T[], string>(load, { cacheKeyFn: pageRequestKey });

/** Fresh per request, so nothing cached outlives the request or leaks between viewers. */
export function createLoaders(prisma: ProjectsPrisma, identity: RequestIdentity, usersClient: ServiceClient) {
  const effectiveRole = new DataLoader<ProjectUserKey, ProjectRole | null, string>(
    (keys) => effectiveRoles(prisma, keys),
    { cacheKeyFn: (k) => pairKey(k.projectId, k.userId) },
  );
  const viewerId = identity.viewer?.userId;
  return {
    projectById: new DataLoader<string, Project | null>(async (ids) =>
      byId(ids, await prisma.project.findMany({ where: { id: { in: [...ids] } } })),
    ),
    teamById: new DataLoader<string, Team | null>(async (ids) =>
      byId(ids, await prisma.team.findMany({ where: { id: { in: [...ids] } } })),
    ),
    effectiveRole,
    /** The signed-in viewer's effective role in a project (null when anonymous or not a member). */
    viewerRole(projectId: string): Promise<ProjectRole | null> {
      const userId = identity.viewer?.userId;
      return userId ? effectiveRole.load({ projectId, userId }) : Promise.resolve(null);
    },
    /** Organization roles live in the users service: one signed call per batch. */
    orgRole: new DataLoader<OrganizationUserKey, OrganizationRole | null, string>(
      async (keys) => {
        const data = await usersClient.query<{ organizationRoles: (string | null)[] }>(organizationRolesQuery, {
          keys: keys.map((k) => ({
            organizationId: toGlobalId('Organization', k.organizationId),
            userId: toGlobalId('User', k.userId),
          })),
        });
        return keys.map((_, i) => {
          const role = data.organizationRoles[i];
          return role && organizationRoles.has(role) ? (role as OrganizationRole) : null;
        });
      },
      { cacheKeyFn: (k) => pairKey(k.organizationId, k.userId) },
    ),
    projectMemberPage: new DataLoader<MemberPageRequest, EffectiveMemberRow[], string>(
      (requests) => effectiveMemberPages(prisma, requests),
      { cacheKeyFn: (r) => [r.projectId, r.afterSince, r.afterUserId, r.take].join(':') },
    ),
    projectMemberCount: new DataLoader<string, number>((ids) => effectiveMemberCounts(prisma, ids)),
    /** Projects of organizations (parentId) the signed-in viewer has a role in; none when anonymous. */
    visibleProjectPage: pageLoader<VisibleProjectRow>(async (requests) =>
      viewerId ? visibleProjectPages(prisma, viewerId, requests) : requests.map(() => []),
    ),
    visibleProjectCount: new DataLoader<string, number>(async (organizationIds) =>
      viewerId ? countVisibleProjects(prisma, viewerId, organizationIds) : organizationIds.map(() => 0),
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
