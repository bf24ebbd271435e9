import { z } from 'zod';
import type { Project } from '../generated/prisma/client';
import { Prisma } from '../generated/prisma/client';
import { parseRows } from '../../../lib/db/parse-rows';
import type { ProjectsPrisma } from '../db';
import { projectRoleOfRank, roleRankSql, type ProjectRole } from '../../../lib/roles';
import { pageRequestsSql, pagesOf, type PageRequest } from '../../../lib/db/batched-pages';
import { inDirections } from '../../../lib/keyset';
import type { ProjectScope } from '../effective-role';
import { ProjectRow } from './rows';

const rank = (column: string) => Prisma.raw(roleRankSql(column));

/** A page of an organization's projects, with or without the archived ones. */
export interface VisibleProjectPageRequest extends PageRequest {
  includeArchived: boolean;
}

export interface VisibleProjectRow {
  project: Project;
  viewerRole: ProjectRole;
}

/** The viewer's effective rank in project `p` (null when they have no role), for a LATERAL join. */
const viewerRankOf = (viewerId: string) => Prisma.sql`
  SELECT max(g.rank)::int AS rank FROM (
    SELECT ${rank('pm.role')} AS rank FROM projects.project_member pm
    WHERE pm.project_id = p.id AND pm.user_id = ${viewerId}::uuid
    UNION ALL
    SELECT ${rank('pt.role')} FROM projects.project_team pt
    JOIN projects.team_member tm ON tm.team_id = pt.team_id AND tm.user_id = ${viewerId}::uuid
    WHERE pt.project_id = p.id
  ) g`;

/** Whether project `p` gives the user a role, directly or through one of their teams. */
const grantsRoleTo = (userId: string) => Prisma.sql`(
  EXISTS (SELECT 1 FROM projects.project_member pm WHERE pm.project_id = p.id AND pm.user_id = ${userId}::uuid)
  OR EXISTS (
    SELECT 1 FROM projects.project_team pt
    JOIN projects.team_member tm ON tm.team_id = pt.team_id AND tm.user_id = ${userId}::uuid
    WHERE pt.project_id = p.id
  ))`;

/** `ProjectScope` as SQL sees it: 0 none, 1 the projects that grant the viewer a role, 2 all. */
const scopeLevel: Record<ProjectScope, number> = { none: 0, granted: 1, all: 2 };

const VisibleProjectPageRow = ProjectRow.extend({ idx: z.number(), viewerRank: z.number().nullable() });

/**
 * Pages of organizations' projects the viewer sees, oldest first, with the viewer's effective role
 * so later fields need no query for it: with scope `all` (organization OWNER or ADMIN) every project
 * as ADMIN, with `granted` those they have a role in (directly or through a team), with `none`
 * (not a member) nothing. One statement for all pages, each read from the index
 * (organization_id, created_at, id). `scopes` are the viewer's, in the order of `requests`.
 */
export async function visibleProjectPages(
  prisma: ProjectsPrisma,
  viewerId: string,
  requests: readonly VisibleProjectPageRequest[],
  scopes: readonly ProjectScope[],
): Promise<VisibleProjectRow[][]> {
  const scoped = requests.map((request, i) => ({ ...request, scope: scopes[i] ?? 'none' }));
  return inDirections(scoped, async (group, k) => {
    const rows = parseRows(
      'visibleProjectPages',
      VisibleProjectPageRow,
      await prisma.$queryRaw`
        SELECT req.idx::int AS idx, p.id::text AS id, p.organization_id::text AS "organizationId", p.key, p.name,
          p.description, p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.archived_at AS "archivedAt",
          p.viewer_rank AS "viewerRank"
        FROM ${pageRequestsSql(group)}
        JOIN unnest(${group.map((r) => scopeLevel[r.scope])}::int[], ${group.map((r) => r.includeArchived)}::boolean[])
          WITH ORDINALITY AS s(level, include_archived, idx) ON s.idx = req.idx
        CROSS JOIN LATERAL (
          SELECT p.*, CASE WHEN s.level = 2 THEN 3 ELSE v.rank END AS viewer_rank FROM projects.project p
          JOIN LATERAL (${viewerRankOf(viewerId)}) v ON s.level = 2 OR v.rank IS NOT NULL
          WHERE s.level > 0 AND p.organization_id = req.parent_id
            AND (s.include_archived OR p.archived_at IS NULL)
            AND (p.created_at, p.id) ${k.compare} (req.after_time, req.after_id)
          ORDER BY p.created_at ${k.order}, p.id ${k.order}
          LIMIT req.take
        ) p
        ORDER BY req.idx, p.created_at ${k.order}, p.id ${k.order}`,
    );
    return pagesOf(group, rows, ({ idx: _idx, viewerRank, ...project }) => {
      const viewerRole = projectRoleOfRank(viewerRank);
      return viewerRole ? { project, viewerRole } : null;
    });
  });
}

const IdRow = z.object({ id: z.string() });

/**
 * The ids of an organization's projects a user reads with this scope (see visibleProjectPages),
 * oldest first, at most `limit`: one range of the index (organization_id, created_at, id).
 */
export async function readableProjectIdsOf(
  prisma: ProjectsPrisma,
  organizationId: string,
  userId: string,
  scope: ProjectScope,
  limit: number,
): Promise<string[]> {
  if (scope === 'none') return [];
  const rows = parseRows(
    'readableProjectIds',
    IdRow,
    await prisma.$queryRaw`
      SELECT p.id::text AS id FROM projects.project p
      WHERE p.organization_id = ${organizationId}::uuid AND (${scope === 'all'} OR ${grantsRoleTo(userId)})
      ORDER BY p.created_at, p.id
      LIMIT ${limit}`,
  );
  return rows.map((row) => row.id);
}

export interface VisibleProjectCountRequest {
  organizationId: string;
  includeArchived: boolean;
}

const CountRow = z.object({ idx: z.number(), count: z.number() });

/** How many projects of each organization the viewer sees (see visibleProjectPages), in one statement. */
export async function countVisibleProjects(
  prisma: ProjectsPrisma,
  viewerId: string,
  requests: readonly VisibleProjectCountRequest[],
  scopes: readonly ProjectScope[],
): Promise<number[]> {
  const rows = parseRows(
    'countVisibleProjects',
    CountRow,
    await prisma.$queryRaw`
      SELECT s.idx::int AS idx, count(*)::int AS count
      FROM unnest(
        ${requests.map((r) => r.organizationId)}::uuid[],
        ${scopes.map((scope) => scopeLevel[scope])}::int[],
        ${requests.map((r) => r.includeArchived)}::boolean[]
      ) WITH ORDINALITY AS s(organization_id, level, include_archived, idx)
      JOIN projects.project p ON p.organization_id = s.organization_id
      WHERE (s.level = 2 OR (s.level = 1 AND ${grantsRoleTo(viewerId)}))
        AND (s.include_archived OR p.archived_at IS NULL)
      GROUP BY s.idx`,
  );
  const counts = new Map(rows.map((row) => [row.idx, row.count]));
  return requests.map((_, i) => counts.get(i + 1) ?? 0);
}

/** The project of an organization with this key, if any (access is the caller's to check). */
export function findProjectByKey(prisma: ProjectsPrisma, organizationId: string, key: string): Promise<Project | null> {
  return prisma.project.findUnique({ where: { organizationId_key: { organizationId, key } } });
}
