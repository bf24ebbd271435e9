import type { Project } from '../generated/prisma/client';
import { Prisma } from '../generated/prisma/client';
import { notFound } from '../../../lib/errors';
import type { ProjectsPrisma, ProjectsTx } from '../db';
import { projectRoleOfRank, roleRankSql, type ProjectRole } from '../../../lib/roles';
import { countsOf, pageRequestsSql, pagesOf, type PageRequest } from '../../../lib/db/batched-pages';
import type { ProjectScope } from '../effective-role';

const rank = (column: string) => Prisma.raw(roleRankSql(column));

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

/** `ProjectScope` as SQL sees it: 0 none, 1 the projects that grant the viewer a role, 2 all. */
const scopeLevel: Record<ProjectScope, number> = { none: 0, granted: 1, all: 2 };

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
  requests: readonly PageRequest[],
  scopes: readonly ProjectScope[],
): Promise<VisibleProjectRow[][]> {
  const rows = await prisma.$queryRaw<(Project & { idx: number; viewerRank: number | null })[]>`
    SELECT req.idx::int AS idx, p.id::text AS id, p.organization_id::text AS "organizationId", p.key, p.name,
      p.description, p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.viewer_rank AS "viewerRank"
    FROM ${pageRequestsSql(requests)}
    JOIN unnest(${scopes.map((scope) => scopeLevel[scope])}::int[]) WITH ORDINALITY AS s(level, idx) ON s.idx = req.idx
    CROSS JOIN LATERAL (
      SELECT p.*, CASE WHEN s.level = 2 THEN 3 ELSE v.rank END AS viewer_rank FROM projects.project p
      JOIN LATERAL (${viewerRankOf(viewerId)}) v ON s.level = 2 OR v.rank IS NOT NULL
      WHERE s.level > 0 AND p.organization_id = req.parent_id
        AND (p.created_at, p.id) > (req.after_time, req.after_id)
      ORDER BY p.created_at, p.id
      LIMIT req.take
    ) p
    ORDER BY req.idx, p.created_at, p.id`;
  return pagesOf(requests, rows, ({ idx: _idx, viewerRank, ...project }) => {
    const viewerRole = projectRoleOfRank(viewerRank);
    return viewerRole ? { project, viewerRole } : null;
  });
}

/** How many projects of each organization the viewer sees (see visibleProjectPages), in one statement. */
export async function countVisibleProjects(
  prisma: ProjectsPrisma,
  viewerId: string,
  organizationIds: readonly string[],
  scopes: readonly ProjectScope[],
): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ parentId: string; count: number }[]>`
    SELECT p.organization_id::text AS "parentId", count(*)::int AS count
    FROM unnest(${[...organizationIds]}::uuid[], ${scopes.map((scope) => scopeLevel[scope])}::int[]) AS s(organization_id, level)
    JOIN projects.project p ON p.organization_id = s.organization_id
    WHERE s.level = 2 OR (
      s.level = 1 AND (
        EXISTS (SELECT 1 FROM projects.project_member pm WHERE pm.project_id = p.id AND pm.user_id = ${viewerId}::uuid)
        OR EXISTS (
          SELECT 1 FROM projects.project_team pt
          JOIN projects.team_member tm ON tm.team_id = pt.team_id AND tm.user_id = ${viewerId}::uuid
          WHERE pt.project_id = p.id
        )
      )
    )
    GROUP BY p.organization_id`;
  return countsOf(organizationIds, rows);
}

/** The project's row, locked until the transaction ends (updates compare against what they change). */
export async function lockedProject(tx: ProjectsTx, projectId: string): Promise<Project> {
  const [project] = await tx.$queryRaw<Project[]>`
    SELECT id::text AS id, organization_id::text AS "organizationId", key, name, description,
      created_at AS "createdAt", updated_at AS "updatedAt"
    FROM projects.project WHERE id = ${projectId}::uuid FOR UPDATE`;
  if (!project) throw notFound('Project');
  return project;
}
