import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import { pageRequestsSql, pagesOf, type PageRequest } from '../../../lib/db/batched-pages';
import { inDirections } from '../../../lib/keyset';
import { toConnection, type Page } from '../../../lib/relay';
import { Prisma, type Organization, type OrganizationMember } from '../generated/prisma/client';
import type { UsersPrisma } from '../db';
import type { OrganizationConnectionMapper, OrganizationMemberConnectionMapper, UserMapper } from '../mappers';
import type { PageInfo } from '../generated/resolvers-types';
import { asRole } from '../roles';

export function findOrganizationBySlug(prisma: UsersPrisma, slug: string): Promise<Organization | null> {
  return prisma.organization.findUnique({ where: { slug } });
}

/** The raw IDs of the organization's OWNERs and ADMINs as they are now, sorted. */
export async function findOrganizationAdminIds(prisma: UsersPrisma, organizationId: string): Promise<string[]> {
  const admins = await prisma.organizationMember.findMany({
    where: { organizationId, role: { in: ['OWNER', 'ADMIN'] } },
    select: { userId: true },
    orderBy: { userId: 'asc' },
  });
  return admins.map((admin) => admin.userId);
}

/**
 * Columns of a model selected under `prefix` from a joined table. Typed by the model's fields, so a
 * field added to the Prisma schema fails to compile here until it is mapped.
 */
export const userColumns: Record<keyof UserMapper, string> = {
  id: 'id',
  email: 'email',
  name: 'name',
  reducedMotion: 'reduced_motion',
  highContrast: 'high_contrast',
  fontScale: 'font_scale',
  screenReaderOptimized: 'screen_reader_optimized',
  colorVisionMode: 'color_vision_mode',
  keyboardFirst: 'keyboard_first',
  locale: 'locale',
  timeZone: 'time_zone',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

const organizationColumns: Record<keyof Organization, string> = {
  id: 'id',
  name: 'name',
  slug: 'slug',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

export function selectColumns(alias: string, prefix: string, columns: Record<string, string>): Prisma.Sql {
  return Prisma.raw(
    Object.entries(columns)
      .map(([field, column]) => `${alias}."${column}" AS "${prefix}${field}"`)
      .join(', '),
  );
}

/** Moves the columns selected under `prefix.` (see `selectColumns`) into one object under `prefix`. */
function nestColumns(prefix: string) {
  return (row: unknown): unknown => {
    if (typeof row !== 'object' || row === null) return row;
    const outer: Record<string, unknown> = {};
    const inner: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(row)) {
      if (column.startsWith(`${prefix}.`)) inner[column.slice(prefix.length + 1)] = value;
      else outer[column] = value;
    }
    return { ...outer, [prefix]: inner };
  };
}

const UserRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  reducedMotion: z.boolean(),
  highContrast: z.boolean(),
  fontScale: z.number(),
  screenReaderOptimized: z.boolean(),
  colorVisionMode: z.string(),
  keyboardFirst: z.boolean(),
  locale: z.string(),
  timeZone: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
}) satisfies z.ZodType<UserMapper>;

const OrganizationRow = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
}) satisfies z.ZodType<Organization>;

/** A membership as the page queries select it, tagged with the idx of its page request. */
const MemberPageColumns = {
  idx: z.number(),
  organizationId: z.string(),
  userId: z.string(),
  role: z.string(),
  createdAt: z.date(),
};

export const MemberWithUserRow = z.preprocess(nestColumns('user'), z.object({ ...MemberPageColumns, user: UserRow }));
const MemberWithOrganizationRow = z.preprocess(
  nestColumns('organization'),
  z.object({ ...MemberPageColumns, organization: OrganizationRow }),
);

export type MemberWithUser = OrganizationMember & { user: UserMapper };
export type MemberWithOrganization = OrganizationMember & { organization: Organization };

/**
 * Member pages of many organizations, oldest first by (joined at, user id), with the members' users,
 * in one statement: each request walks index (organization_id, created_at, user_id) from its cursor
 * and stops after `take` rows.
 */
export async function organizationMemberPages(
  prisma: UsersPrisma,
  requests: readonly PageRequest[],
): Promise<MemberWithUser[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'organizationMemberPages',
      MemberWithUserRow,
      await prisma.$queryRaw`
        SELECT req.idx::int AS idx, m.organization_id::text AS "organizationId", m.user_id::text AS "userId",
          m.role, m.created_at AS "createdAt", ${selectColumns('u', 'user.', userColumns)}
        FROM ${pageRequestsSql(group)}
        CROSS JOIN LATERAL (
          SELECT om.organization_id, om.user_id, om.role, om.created_at
          FROM users.organization_member om
          WHERE om.organization_id = req.parent_id AND (om.created_at, om.user_id) ${k.compare} (req.after_time, req.after_id)
          ORDER BY om.created_at ${k.order}, om.user_id ${k.order}
          LIMIT req.take
        ) m
        JOIN users.user u ON u.id = m.user_id
        ORDER BY req.idx, m.created_at ${k.order}, m.user_id ${k.order}`,
    );
    return pagesOf(group, rows, ({ idx: _idx, ...member }) => member);
  });
}

/**
 * Organization pages of many users in the order they joined them, by (joined at, organization id),
 * with the organizations, in one statement.
 */
export async function userOrganizationPages(
  prisma: UsersPrisma,
  requests: readonly PageRequest[],
): Promise<MemberWithOrganization[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'userOrganizationPages',
      MemberWithOrganizationRow,
      await prisma.$queryRaw`
        SELECT req.idx::int AS idx, m.organization_id::text AS "organizationId", m.user_id::text AS "userId",
          m.role, m.created_at AS "createdAt", ${selectColumns('o', 'organization.', organizationColumns)}
        FROM ${pageRequestsSql(group)}
        CROSS JOIN LATERAL (
          SELECT om.organization_id, om.user_id, om.role, om.created_at
          FROM users.organization_member om
          WHERE om.user_id = req.parent_id AND (om.created_at, om.organization_id) ${k.compare} (req.after_time, req.after_id)
          ORDER BY om.created_at ${k.order}, om.organization_id ${k.order}
          LIMIT req.take
        ) m
        JOIN users.organization o ON o.id = m.organization_id
        ORDER BY req.idx, m.created_at ${k.order}, m.organization_id ${k.order}`,
    );
    return pagesOf(group, rows, ({ idx: _idx, ...member }) => member);
  });
}

/** Members per organization, in one statement. */
export async function organizationMemberCounts(
  prisma: UsersPrisma,
  organizationIds: readonly string[],
): Promise<number[]> {
  const groups = await prisma.organizationMember.groupBy({
    by: ['organizationId'],
    where: { organizationId: { in: [...organizationIds] } },
    _count: { _all: true },
  });
  const counts = new Map(groups.map((group) => [group.organizationId, group._count._all]));
  return organizationIds.map((id) => counts.get(id) ?? 0);
}

/** Organizations per user, in one statement. */
export async function userOrganizationCounts(prisma: UsersPrisma, userIds: readonly string[]): Promise<number[]> {
  const groups = await prisma.organizationMember.groupBy({
    by: ['userId'],
    where: { userId: { in: [...userIds] } },
    _count: { _all: true },
  });
  const counts = new Map(groups.map((group) => [group.userId, group._count._all]));
  return userIds.map((id) => counts.get(id) ?? 0);
}

/** Members oldest first, ordered by (joined at, user id) so the cursor is unique and stable. */
export function organizationMemberConnection<Row extends MemberWithUser>(
  rows: Row[],
  page: Page,
  totalCount: () => Promise<number>,
  cursorOf: (row: Row) => string[] = (row) => [row.createdAt.toISOString(), row.userId],
): OrganizationMemberConnectionMapper {
  const connection = toConnection(rows, page, cursorOf, totalCount);
  return {
    ...connection,
    edges: connection.edges.map(({ cursor, node }) => ({
      cursor,
      node: node.user,
      role: asRole(node.role),
      joinedAt: node.createdAt,
    })),
  };
}

/** A user's organizations in the order they joined them. */
export function userOrganizationConnection(
  rows: MemberWithOrganization[],
  page: Page,
  totalCount: () => Promise<number>,
): OrganizationConnectionMapper {
  const connection = toConnection(rows, page, (row) => [row.createdAt.toISOString(), row.organizationId], totalCount);
  return {
    ...connection,
    edges: connection.edges.map(({ cursor, node }) => ({ cursor, node: node.organization, role: asRole(node.role) })),
  };
}

/** What a field shows someone who may not see its list: no edges, no count. */
export const emptyConnection = <T>(): { edges: T[]; pageInfo: PageInfo; totalCount: () => Promise<number> } => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  totalCount: () => Promise.resolve(0),
});
