import DataLoader from 'dataloader';
import type { ApiToken, Organization, OrganizationInvitation, OrganizationMember } from './generated/prisma/client';
import { cachedByIdLoader, type EntityCache } from '../../lib/cache/entity-cache';
import type { OrganizationRoleCache } from '../../lib/cache/organization-role-cache';
import type { UserMapper } from './mappers';
import { asRole } from './roles';
import type { InvitationStatus, OrganizationRole } from './generated/resolvers-types';
import { pageRequestKey, type PageRequest } from '../../lib/db/batched-pages';
import { byId, byKey } from '../../lib/loader-results';
import type { UsersPrisma } from './db';
import {
  organizationMemberCounts,
  organizationMemberPages,
  userOrganizationCounts,
  userOrganizationPages,
  type MemberWithOrganization,
  type MemberWithUser,
} from './data/organizations';
import { memberSearchCount, memberSearchPage, type FoundMember, type MemberSearch } from './data/member-search';
import {
  invitationCounts,
  invitationPageKey,
  invitationPages,
  type InvitationPageRequest,
} from './data/invitation-pages';

export interface MembershipKey {
  organizationId: string;
  userId: string;
}

export interface SharedOrganizationKey {
  viewerId: string;
  userId: string;
}

const membershipKey = (key: MembershipKey) => `${key.organizationId}:${key.userId}`;
const sharedKey = (key: SharedOrganizationKey) => `${key.viewerId}:${key.userId}`;

/** What the process shares between requests (absent without a bus); see the README for each invalidation rule. */
export interface UsersCaches {
  users?: EntityCache<UserMapper>;
  organizations?: EntityCache<Organization>;
  organizationRoles?: OrganizationRoleCache;
}

/** Per-request batching and caching: one SQL statement per kind of lookup per tick, never shared between requests. */
export function createLoaders(prisma: UsersPrisma, caches: UsersCaches = {}) {
  // One clock per request: an invitation expires between requests, never halfway through one.
  const now = new Date();
  const membership = new DataLoader<MembershipKey, OrganizationMember | null, string>(
    async (keys) => {
      const rows = await prisma.organizationMember.findMany({
        where: { OR: keys.map(({ organizationId, userId }) => ({ organizationId, userId })) },
      });
      return byKey(keys.map(membershipKey), rows, membershipKey);
    },
    { cacheKeyFn: membershipKey },
  );
  const membershipRoles = async (keys: readonly MembershipKey[]) =>
    (await membership.loadMany(keys)).map((row) => {
      if (row instanceof Error) throw row;
      return row && asRole(row.role);
    });
  return {
    /** Through the process's user cache (invalidated by `userCache.changed` after every committed profile change). */
    userById: cachedByIdLoader(caches.users, async (ids) =>
      byId(ids, await prisma.user.findMany({ where: { id: { in: [...ids] } }, omit: { passwordHash: true } })),
    ),
    /** Through the process's organization cache (invalidated by `organizationCache.changed` after `updateOrganization`). */
    organizationById: cachedByIdLoader(caches.organizations, async (ids) =>
      byId(ids, await prisma.organization.findMany({ where: { id: { in: [...ids] } } })),
    ),
    membership,
    /** Roles only, through the process's role cache under the organizations' access epochs, which every membership writer bumps. */
    organizationRole: new DataLoader<MembershipKey, OrganizationRole | null, string>(
      (keys) =>
        caches.organizationRoles ? caches.organizationRoles.resolve(keys, membershipRoles) : membershipRoles(keys),
      { cacheKeyFn: membershipKey },
    ),
    /** Whether `userId` belongs to at least one organization `viewerId` belongs to. */
    sharesOrganization: new DataLoader<SharedOrganizationKey, boolean, string>(
      async (keys) => {
        const usersByViewer = new Map<string, string[]>();
        for (const { viewerId, userId } of keys) {
          usersByViewer.set(viewerId, [...(usersByViewer.get(viewerId) ?? []), userId]);
        }
        const shared = new Set<string>();
        for (const [viewerId, userIds] of usersByViewer) {
          const rows = await prisma.organizationMember.findMany({
            where: { userId: { in: userIds }, organization: { members: { some: { userId: viewerId } } } },
            select: { userId: true },
            distinct: ['userId'],
          });
          for (const row of rows) shared.add(sharedKey({ viewerId, userId: row.userId }));
        }
        return keys.map((key) => shared.has(sharedKey(key)));
      },
      { cacheKeyFn: sharedKey },
    ),
    /** Pages of `Organization.members` (parentId = organization), with the members' users. */
    organizationMemberPage: new DataLoader<PageRequest, MemberWithUser[], string>(
      (requests) => organizationMemberPages(prisma, requests),
      { cacheKeyFn: pageRequestKey },
    ),
    organizationMemberCount: new DataLoader<string, number>((ids) => organizationMemberCounts(prisma, ids)),
    /** Pages of a name search of members (a picker asks one per request, so each is its own statement). */
    memberSearchPage: new DataLoader<MemberSearch, FoundMember[], string>(
      (searches) => Promise.all(searches.map((search) => memberSearchPage(prisma, search))),
      { cacheKeyFn: (search) => JSON.stringify(search) },
    ),
    memberSearchCount: new DataLoader<{ organizationId: string; text: string }, number, string>(
      (keys) => Promise.all(keys.map((key) => memberSearchCount(prisma, key.organizationId, key.text))),
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    /** Pages of `User.organizations` (parentId = user), with the organizations; the rows are memberships, so they prime `membership`. */
    userOrganizationPage: new DataLoader<PageRequest, MemberWithOrganization[], string>(
      async (requests) => {
        const pages = await userOrganizationPages(prisma, requests);
        for (const { organization: _organization, ...member } of pages.flat()) membership.prime(member, member);
        return pages;
      },
      { cacheKeyFn: pageRequestKey },
    ),
    userOrganizationCount: new DataLoader<string, number>((ids) => userOrganizationCounts(prisma, ids)),
    invitationById: new DataLoader<string, OrganizationInvitation | null>(async (ids) =>
      byId(ids, await prisma.organizationInvitation.findMany({ where: { id: { in: [...ids] } } })),
    ),
    /** Pages of `Organization.invitations` (parentId = organization, optionally one status). */
    organizationInvitationPage: new DataLoader<InvitationPageRequest, OrganizationInvitation[], string>(
      (requests) => invitationPages(prisma, requests, now),
      { cacheKeyFn: invitationPageKey },
    ),
    organizationInvitationCount: new DataLoader<
      { organizationId: string; status: InvitationStatus | null },
      number,
      string
    >((requests) => invitationCounts(prisma, requests, now), {
      cacheKeyFn: (r) => `${r.organizationId}:${r.status ?? ''}`,
    }),
    apiTokenById: new DataLoader<string, ApiToken | null>(async (ids) =>
      byId(ids, await prisma.apiToken.findMany({ where: { id: { in: [...ids] } } })),
    ),
    now,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** After a membership write, cached memberships, pages and counts of this request are stale. */
export function forgetMembershipLists(loaders: Loaders): void {
  loaders.sharesOrganization.clearAll();
  loaders.organizationMemberPage.clearAll();
  loaders.organizationMemberCount.clearAll();
  loaders.userOrganizationPage.clearAll();
  loaders.userOrganizationCount.clearAll();
  loaders.organizationInvitationPage.clearAll();
  loaders.organizationInvitationCount.clearAll();
}
