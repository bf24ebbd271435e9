import { toGlobalId } from '../../lib/ids';
import type { ServiceClient } from '../../lib/server/service-client';
import type { ProjectsPrisma } from './db';
import { organizationRolesQuery } from '../../lib/server/organization-role-loader';
import { createLoaders } from './loaders';

const org = '11111111-1111-4111-8111-111111111111';
const users = [
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
  '44444444-4444-4444-8444-444444444444',
];
const identity = { viewer: { userId: users[0]! }, service: null, clientAddress: null };

function fakeUsersClient(roles: (string | null)[]) {
  const calls: { query: string; variables: Record<string, unknown> }[] = [];
  const client: ServiceClient = {
    query: async <T>(query: string, variables: Record<string, unknown>) => {
      calls.push({ query, variables });
      return { organizationRoles: roles } as T;
    },
    queryAsViewer: async () => {
      throw new Error('Organization roles are asked as the projects service, never as the viewer.');
    },
    close: async () => undefined,
  };
  return { client, calls };
}

function fakePrisma(rows: unknown[]) {
  const queryRaw = jest.fn(async () => rows);
  return { prisma: { $queryRaw: queryRaw } as unknown as ProjectsPrisma, queryRaw };
}

describe('createLoaders', () => {
  test('organization roles for many users are fetched in one signed call with global IDs', async () => {
    const { client, calls } = fakeUsersClient(['OWNER', null, 'SUPERUSER']);
    const loaders = createLoaders(fakePrisma([]).prisma, identity, client);
    const roles = await Promise.all(users.map((userId) => loaders.orgRole.load({ organizationId: org, userId })));
    expect(roles).toEqual(['OWNER', null, null]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual({
      query: organizationRolesQuery,
      variables: {
        keys: users.map((userId) => ({
          organizationId: toGlobalId('Organization', org),
          userId: toGlobalId('User', userId),
        })),
      },
    });
  });

  test('effective roles of many projects come from one SQL statement and one organization role call', async () => {
    const projects = ['55555555-5555-4555-8555-555555555555', '66666666-6666-4666-8666-666666666666'];
    const { prisma, queryRaw } = fakePrisma([
      { projectId: projects[0], userId: users[0], organizationId: org, projectKey: 'WEB', rank: null, archived: false },
      { projectId: projects[1], userId: users[0], organizationId: org, projectKey: 'API', rank: 3, archived: false },
    ]);
    const { client, calls } = fakeUsersClient(['MEMBER']);
    const loaders = createLoaders(prisma, identity, client);
    const roles = await Promise.all(projects.map((projectId) => loaders.viewerRole(projectId)));
    expect(roles).toEqual([null, 'ADMIN']);
    expect(queryRaw).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(1);
  });

  test('member pages of many projects come from one SQL statement', async () => {
    const since = new Date('2026-01-01T00:00:00.000Z');
    const { prisma, queryRaw } = fakePrisma([
      { idx: 2, userId: users[1], rank: 2, directRank: null, since },
      { idx: 1, userId: users[0], rank: 3, directRank: 3, since },
    ]);
    const loaders = createLoaders(prisma, identity, fakeUsersClient([]).client);
    const request = (projectId: string) => ({
      projectId,
      afterSince: '-infinity',
      afterUserId: users[0]!,
      take: 21,
      direction: 'ASC' as const,
    });
    const pages = await Promise.all(
      ['55555555-5555-4555-8555-555555555555', '66666666-6666-4666-8666-666666666666'].map((id) =>
        loaders.projectMemberPage.load(request(id)),
      ),
    );
    expect(pages).toEqual([
      [{ userId: users[0], role: 'ADMIN', directRole: 'ADMIN', since }],
      [{ userId: users[1], role: 'MEMBER', directRole: null, since }],
    ]);
    expect(queryRaw).toHaveBeenCalledTimes(1);
  });

  test('team member pages and counts of many teams each come from one SQL statement', async () => {
    const since = new Date('2026-01-01T00:00:00.000Z');
    const teams = ['55555555-5555-4555-8555-555555555555', '66666666-6666-4666-8666-666666666666'];
    const pages = fakePrisma([{ idx: 2, userId: users[1], since }]);
    const loaders = createLoaders(pages.prisma, identity, fakeUsersClient([]).client);
    const request = (parentId: string) => ({
      parentId,
      afterTime: '-infinity',
      afterId: users[0]!,
      take: 21,
      direction: 'ASC' as const,
    });
    expect(await Promise.all(teams.map((id) => loaders.teamMemberPage.load(request(id))))).toEqual([
      [],
      [{ userId: users[1], since }],
    ]);
    expect(pages.queryRaw).toHaveBeenCalledTimes(1);

    const counts = fakePrisma([{ parentId: teams[0], count: 4 }]);
    const countLoaders = createLoaders(counts.prisma, identity, fakeUsersClient([]).client);
    expect(await Promise.all(teams.map((id) => countLoaders.teamMemberCount.load(id)))).toEqual([4, 0]);
    expect(counts.queryRaw).toHaveBeenCalledTimes(1);
  });
});
