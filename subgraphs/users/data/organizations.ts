import { conflict } from '../../../lib/errors';
import { toConnection, type Page } from '../../../lib/relay';
import type { Organization } from '../generated/prisma/client';
import type { UsersPrisma } from '../context';
import type { OrganizationConnectionMapper, OrganizationMemberConnectionMapper } from '../mappers';
import { asRole } from '../roles';
import { parseTimeIdCursor } from './cursors';
import { isUniqueViolation } from './prisma-errors';

/** The organization and its first OWNER are created in one statement, so neither exists without the other. */
export async function createOrganization(
  prisma: UsersPrisma,
  data: { name: string; slug: string; ownerId: string },
): Promise<Organization> {
  try {
    return await prisma.organization.create({
      data: { name: data.name, slug: data.slug, members: { create: { userId: data.ownerId, role: 'OWNER' } } },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('This slug is taken.', { field: 'input.slug' });
    throw error;
  }
}

export function findOrganizationBySlug(prisma: UsersPrisma, slug: string): Promise<Organization | null> {
  return prisma.organization.findUnique({ where: { slug } });
}

/** Members oldest first, ordered by (joined at, user id) so the cursor is unique and stable. */
export async function organizationMembersPage(
  prisma: UsersPrisma,
  organizationId: string,
  page: Page,
): Promise<OrganizationMemberConnectionMapper> {
  const after = parseTimeIdCursor(page.after, 'after');
  const rows = await prisma.organizationMember.findMany({
    where: {
      organizationId,
      ...(after && {
        OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, userId: { gt: after.id } }],
      }),
    },
    orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }],
    take: page.take,
    include: { user: true },
  });
  const connection = toConnection(
    rows,
    page,
    (row) => [row.createdAt.toISOString(), row.userId],
    () => prisma.organizationMember.count({ where: { organizationId } }),
  );
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
export async function userOrganizationsPage(
  prisma: UsersPrisma,
  userId: string,
  page: Page,
): Promise<OrganizationConnectionMapper> {
  const after = parseTimeIdCursor(page.after, 'after');
  const rows = await prisma.organizationMember.findMany({
    where: {
      userId,
      ...(after && {
        OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, organizationId: { gt: after.id } }],
      }),
    },
    orderBy: [{ createdAt: 'asc' }, { organizationId: 'asc' }],
    take: page.take,
    include: { organization: true },
  });
  const connection = toConnection(
    rows,
    page,
    (row) => [row.createdAt.toISOString(), row.organizationId],
    () => prisma.organizationMember.count({ where: { userId } }),
  );
  return {
    ...connection,
    edges: connection.edges.map(({ cursor, node }) => ({ cursor, node: node.organization, role: asRole(node.role) })),
  };
}

export const emptyOrganizationConnection = (): OrganizationConnectionMapper => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  totalCount: () => Promise.resolve(0),
});
