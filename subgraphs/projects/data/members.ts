import { z } from 'zod';
import { Prisma } from '../generated/prisma/client';
import { inDirections, type Direction } from '../../../lib/keyset';
import { parseRows } from '../../../lib/db/parse-rows';
import type { ProjectsPrisma } from '../db';
import { projectRoleOfRank, roleRankSql, type ProjectRole } from '../../../lib/roles';

const rank = (column: string) => Prisma.raw(roleRankSql(column));

export interface ProjectUserKey {
  projectId: string;
  userId: string;
}

/** What a project grants one person by itself: its organization and their highest direct or team role. */
export interface ProjectGrant {
  organizationId: string;
  /** The project's key (keys never change), for the role caches' answers. */
  projectKey: string;
  /** The highest of the direct role and the roles of attached teams the person is in; null for none. */
  role: ProjectRole | null;
  archived: boolean;
}

const ProjectGrantRow = z.object({
  projectId: z.string(),
  userId: z.string(),
  organizationId: z.string(),
  projectKey: z.string(),
  rank: z.number().nullable(),
  archived: z.boolean(),
});

/**
 * Grants for many (project, user) pairs in one statement; null for a project that does not exist.
 * Not yet an effective role: that also needs the person's organization role (see effective-role.ts).
 */
export async function projectGrants(
  prisma: ProjectsPrisma,
  keys: readonly ProjectUserKey[],
): Promise<(ProjectGrant | null)[]> {
  const rows = parseRows(
    'projectGrants',
    ProjectGrantRow,
    await prisma.$queryRaw`
      SELECT k.project_id::text AS "projectId", k.user_id::text AS "userId",
        p.organization_id::text AS "organizationId", p.key AS "projectKey", max(g.rank)::int AS rank,
        p.archived_at IS NOT NULL AS archived
      FROM unnest(${keys.map((k) => k.projectId)}::uuid[], ${keys.map((k) => k.userId)}::uuid[]) AS k(project_id, user_id)
      JOIN projects.project p ON p.id = k.project_id
      LEFT JOIN LATERAL (
        SELECT ${rank('pm.role')} AS rank FROM projects.project_member pm
        WHERE pm.project_id = k.project_id AND pm.user_id = k.user_id
        UNION ALL
        SELECT ${rank('pt.role')} FROM projects.project_team pt
        JOIN projects.team_member tm ON tm.team_id = pt.team_id AND tm.user_id = k.user_id
        WHERE pt.project_id = k.project_id
      ) g ON true
      GROUP BY k.project_id, k.user_id, p.organization_id, p.key, p.archived_at`,
  );
  const byKey = new Map(
    rows.map((r) => [
      `${r.projectId}:${r.userId}`,
      {
        organizationId: r.organizationId,
        projectKey: r.projectKey,
        role: projectRoleOfRank(r.rank),
        archived: r.archived,
      },
    ]),
  );
  return keys.map((k) => byKey.get(`${k.projectId}:${k.userId}`) ?? null);
}

export interface MemberPageRequest {
  projectId: string;
  afterSince: string;
  afterUserId: string;
  take: number;
  direction: Direction;
}

export interface EffectiveMemberRow {
  userId: string;
  role: ProjectRole;
  directRole: ProjectRole | null;
  since: Date;
}

const EffectiveMemberPageRow = z.object({
  idx: z.number(),
  userId: z.string(),
  rank: z.number(),
  directRank: z.number().nullable(),
  since: z.date(),
});

/**
 * Pages of effective members (direct members and members of attached teams, each once with their
 * highest role and earliest grant) for many projects in one statement.
 */
export async function effectiveMemberPages(
  prisma: ProjectsPrisma,
  requests: readonly MemberPageRequest[],
): Promise<EffectiveMemberRow[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'effectiveMemberPages',
      EffectiveMemberPageRow,
      await prisma.$queryRaw`
        WITH req AS (
          SELECT r.idx, r.project_id, r.after_since, r.after_user, r.take
          FROM unnest(
            ${group.map((r) => r.projectId)}::uuid[],
            ${group.map((r) => r.afterSince)}::timestamptz[],
            ${group.map((r) => r.afterUserId)}::uuid[],
            ${group.map((r) => r.take)}::int[]
          ) WITH ORDINALITY AS r(project_id, after_since, after_user, take, idx)
        ),
        grants AS (
          SELECT pm.project_id, pm.user_id, ${rank('pm.role')} AS rank, ${rank('pm.role')} AS direct_rank, pm.created_at AS since
          FROM projects.project_member pm
          WHERE pm.project_id IN (SELECT project_id FROM req)
          UNION ALL
          SELECT pt.project_id, tm.user_id, ${rank('pt.role')}, NULL, GREATEST(pt.created_at, tm.created_at)
          FROM projects.project_team pt
          JOIN projects.team_member tm ON tm.team_id = pt.team_id
          WHERE pt.project_id IN (SELECT project_id FROM req)
        ),
        effective AS (
          SELECT project_id, user_id, max(rank) AS rank, max(direct_rank) AS direct_rank, min(since) AS since
          FROM grants GROUP BY project_id, user_id
        ),
        ranked AS (
          SELECT req.idx, req.take, e.user_id, e.rank, e.direct_rank, e.since,
            row_number() OVER (PARTITION BY req.idx ORDER BY e.since ${k.order}, e.user_id ${k.order}) AS rn
          FROM req JOIN effective e ON e.project_id = req.project_id
          WHERE (e.since, e.user_id) ${k.compare} (req.after_since, req.after_user)
        )
        SELECT idx::int AS idx, user_id::text AS "userId", rank::int AS rank, direct_rank::int AS "directRank", since
        FROM ranked WHERE rn <= take
        ORDER BY idx, since ${k.order}, user_id ${k.order}`,
    );
    const pages: EffectiveMemberRow[][] = group.map(() => []);
    for (const row of rows) {
      const role = projectRoleOfRank(row.rank);
      if (!role) continue;
      pages[row.idx - 1]?.push({
        userId: row.userId,
        role,
        directRole: projectRoleOfRank(row.directRank),
        since: row.since,
      });
    }
    return pages;
  });
}

const ProjectCountRow = z.object({ projectId: z.string(), count: z.number() });

/** How many people have an effective role, for many projects in one statement. */
export async function effectiveMemberCounts(prisma: ProjectsPrisma, projectIds: readonly string[]): Promise<number[]> {
  const ids = [...projectIds];
  const rows = parseRows(
    'effectiveMemberCounts',
    ProjectCountRow,
    await prisma.$queryRaw`
      SELECT project_id::text AS "projectId", count(*)::int AS count FROM (
        SELECT project_id, user_id FROM projects.project_member WHERE project_id = ANY(${ids}::uuid[])
        UNION
        SELECT pt.project_id, tm.user_id FROM projects.project_team pt
        JOIN projects.team_member tm ON tm.team_id = pt.team_id
        WHERE pt.project_id = ANY(${ids}::uuid[])
      ) m GROUP BY project_id`,
  );
  const byId = new Map(rows.map((r) => [r.projectId, r.count]));
  return ids.map((id) => byId.get(id) ?? 0);
}
