import { z } from 'zod';
import { Prisma, type OrganizationInvitation } from '../generated/prisma/client';
import { parseRows } from '../../../lib/db/parse-rows';
import { countsOf, pageRequestsSql, pagesOf, type PageRequest } from '../../../lib/db/batched-pages';
import { inDirections } from '../../../lib/keyset';
import type { Page } from '../../../lib/relay';
import { prismaTimeIdPage } from '../../../lib/time-id-cursor';
import type { InvitationStatus } from '../generated/resolvers-types';
import type { UsersPrisma } from '../db';

/** A page of an organization's invitations, optionally only those in one status. */
export interface InvitationPageRequest extends PageRequest {
  status: InvitationStatus | null;
}

export const invitationPageKey = (r: InvitationPageRequest) =>
  [r.parentId, r.status ?? '', r.afterTime, r.afterId, r.take, r.direction].join(':');

const invitationColumns = Prisma.sql`i.id::text AS id, i.organization_id::text AS "organizationId", i.email, i.role,
  i.status, i.token_hash AS "tokenHash", i.invited_by_id::text AS "invitedById", i.sent_at AS "sentAt",
  i.expires_at AS "expiresAt", i.responded_at AS "respondedAt", i.accepted_by_id::text AS "acceptedById",
  i.created_at AS "createdAt"`;

const InvitationRow = z.object({
  id: z.string(),
  organizationId: z.string(),
  email: z.string(),
  role: z.string(),
  status: z.string(),
  tokenHash: z.string().nullable(),
  invitedById: z.string(),
  sentAt: z.date(),
  expiresAt: z.date(),
  respondedAt: z.date().nullable(),
  acceptedById: z.string().nullable(),
  createdAt: z.date(),
}) satisfies z.ZodType<OrganizationInvitation>;

const InvitationPageRow = InvitationRow.extend({ idx: z.number() });

/** The status a client sees: a pending invitation past its expiry has expired. */
const shownStatus = (now: Date) =>
  Prisma.sql`CASE WHEN i.status = 'PENDING' AND i.expires_at <= ${now} THEN 'EXPIRED' ELSE i.status END`;

/**
 * Pages of many organizations' invitations, oldest first, in one statement: each request walks index
 * (organization_id, created_at, id) from its cursor and stops after `take` rows of its status.
 */
export async function invitationPages(
  prisma: UsersPrisma,
  requests: readonly InvitationPageRequest[],
  now: Date,
): Promise<OrganizationInvitation[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'invitationPages',
      InvitationPageRow,
      await prisma.$queryRaw`
        SELECT req.idx::int AS idx, ${invitationColumns}
        FROM ${pageRequestsSql(group)}
        JOIN unnest(${group.map((r) => r.status)}::text[]) WITH ORDINALITY AS f(status, idx) ON f.idx = req.idx
        CROSS JOIN LATERAL (
          SELECT * FROM users.organization_invitation i
          WHERE i.organization_id = req.parent_id AND (i.created_at, i.id) ${k.compare} (req.after_time, req.after_id)
            AND (f.status IS NULL OR ${shownStatus(now)} = f.status)
          ORDER BY i.created_at ${k.order}, i.id ${k.order}
          LIMIT req.take
        ) i
        ORDER BY req.idx, i.created_at ${k.order}, i.id ${k.order}`,
    );
    return pagesOf(group, rows, ({ idx: _idx, ...invitation }) => invitation);
  });
}

/** A count per request, the request's idx standing in for the parent. */
const RequestCountRow = z.object({ parentId: z.string(), count: z.number() });

/** How many invitations each (organization, status) request matches, in one statement. */
export async function invitationCounts(
  prisma: UsersPrisma,
  requests: readonly { organizationId: string; status: InvitationStatus | null }[],
  now: Date,
): Promise<number[]> {
  const rows = parseRows(
    'invitationCounts',
    RequestCountRow,
    await prisma.$queryRaw`
      SELECT f.idx::text AS "parentId", count(i.id)::int AS count
      FROM unnest(${requests.map((r) => r.organizationId)}::uuid[], ${requests.map((r) => r.status)}::text[])
        WITH ORDINALITY AS f(organization_id, status, idx)
      JOIN users.organization_invitation i ON i.organization_id = f.organization_id
        AND (f.status IS NULL OR ${shownStatus(now)} = f.status)
      GROUP BY f.idx`,
  );
  return countsOf(
    requests.map((_, index) => String(index + 1)),
    rows,
  );
}

/** A person's pending invitations (to their address), oldest first, from the page's cursor. */
export function pendingInvitationsOf(
  prisma: UsersPrisma,
  email: string,
  page: Page,
  now: Date,
): Promise<OrganizationInvitation[]> {
  const keyset = prismaTimeIdPage(page, 'createdAt');
  return prisma.organizationInvitation.findMany({
    where: { email, status: 'PENDING', expiresAt: { gt: now }, ...keyset.where },
    orderBy: keyset.orderBy,
    take: keyset.take,
  });
}

export function pendingInvitationCount(prisma: UsersPrisma, email: string, now: Date): Promise<number> {
  return prisma.organizationInvitation.count({ where: { email, status: 'PENDING', expiresAt: { gt: now } } });
}
