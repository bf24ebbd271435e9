import { z } from 'zod';
import { Prisma } from '../generated/prisma/client';
import { parseRows } from '../../../lib/db/parse-rows';
import { badInput } from '../../../lib/errors';
import { uuidPattern } from '../../../lib/ids';
import { keysetSql, type Direction } from '../../../lib/keyset';
import { invalidCursor, type Page } from '../../../lib/relay';
import type { UsersPrisma } from '../db';
import { MemberWithUserRow, selectColumns, userColumns, type MemberWithUser } from './organizations';

export const maxMemberSearchLength = 100;

/** A search of an organization's members by name: the text lower-cased, and where the page starts. */
export interface MemberSearch {
  organizationId: string;
  text: string;
  after: { rank: number; name: string; userId: string } | null;
  take: number;
  /** ASC from `after`, DESC from `before` (the cursor is then in `after`). */
  direction: Direction;
}

/** The search text trimmed and lower-cased, or null when it is empty (no search). */
export function memberSearchTextOf(search: string | null | undefined, path: string): string | null {
  const text = search?.trim().toLowerCase() ?? '';
  if (text.length > maxMemberSearchLength) {
    throw badInput(path, `search may be at most ${maxMemberSearchLength} characters.`);
  }
  return text.length > 0 ? text : null;
}

/** The cursor of a search page: [rank, lower-cased name, user id]. */
export function memberSearchAfterOf(page: Page): MemberSearch['after'] {
  if (!page.cursor) return null;
  const [rank, name, userId] = page.cursor;
  if (
    page.cursor.length !== 3 ||
    (rank !== '0' && rank !== '1') ||
    name === undefined ||
    !userId ||
    !uuidPattern.test(userId)
  ) {
    throw invalidCursor(page, '', 'for this search');
  }
  return { rank: Number(rank), name, userId };
}

/** A member found by a search, with the cursor of its place in the results. */
export type FoundMember = MemberWithUser & { cursor: string[] };

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&');

/** Members whose name starts with the text (rank 0) or has a later word starting with it (rank 1). */
function matchSql(text: string): Prisma.Sql {
  const pattern = escapeLike(text);
  return Prisma.sql`(lower(u.name) LIKE ${`${pattern}%`} OR lower(u.name) LIKE ${`% ${pattern}%`}
    OR lower(u.name) LIKE ${`%-${pattern}%`})`;
}

/** Where a row stands in the results, as PostgreSQL ordered it (its own lower-casing, its collation). */
const PlaceRow = z.object({ matchRank: z.number().int(), sortName: z.string() });

/**
 * One page of an organization's members matching a name search, best first: names starting with the
 * text, then names with a later word starting with it, each by name. The scan is bounded by the
 * organization's members (index (organization_id, created_at, user_id)), each joined by primary key.
 */
export async function memberSearchPage(prisma: UsersPrisma, search: MemberSearch): Promise<FoundMember[]> {
  const after = search.after;
  const k = keysetSql(search.direction);
  const raw: unknown[] = await prisma.$queryRaw`
      SELECT 1 AS idx, m.organization_id::text AS "organizationId", m.user_id::text AS "userId", m.role,
        m.member_created_at AS "createdAt", m.match_rank AS "matchRank", m.sort_name AS "sortName",
        ${selectColumns('m', 'user.', userColumns)}
      FROM (
        SELECT om.organization_id, om.user_id, om.role, om.created_at AS member_created_at, u.*,
          CASE WHEN lower(u.name) LIKE ${`${escapeLike(search.text)}%`} THEN 0 ELSE 1 END AS match_rank,
          lower(u.name) AS sort_name
        FROM users.organization_member om
        JOIN users.user u ON u.id = om.user_id
        WHERE om.organization_id = ${search.organizationId}::uuid AND ${matchSql(search.text)}
      ) m
      WHERE ${
        after
          ? Prisma.sql`(m.match_rank, m.sort_name, m.user_id) ${k.compare} (${after.rank}, ${after.name}, ${after.userId}::uuid)`
          : Prisma.sql`TRUE`
      }
      ORDER BY m.match_rank ${k.order}, m.sort_name ${k.order}, m.user_id ${k.order}
      LIMIT ${search.take}`;
  const members = parseRows('memberSearchPage', MemberWithUserRow, raw);
  const places = parseRows('memberSearchPage', PlaceRow, raw);
  return members.map(({ idx: _idx, ...member }, i) => ({
    ...member,
    cursor: [String(places[i]!.matchRank), places[i]!.sortName, member.userId],
  }));
}

const CountRow = z.object({ count: z.number().int() });

/** How many of the organization's members match the search. */
export async function memberSearchCount(prisma: UsersPrisma, organizationId: string, text: string): Promise<number> {
  const [row] = parseRows(
    'memberSearchCount',
    CountRow,
    await prisma.$queryRaw`
      SELECT count(*)::int AS count FROM users.organization_member om
      JOIN users.user u ON u.id = om.user_id
      WHERE om.organization_id = ${organizationId}::uuid AND ${matchSql(text)}`,
  );
  return row?.count ?? 0;
}
