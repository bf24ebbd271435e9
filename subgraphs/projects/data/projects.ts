import type { Project } from '../generated/prisma/client';
import { Prisma } from '../generated/prisma/client';
import { notFound } from '../../../lib/errors';
import type { ProjectsPrisma, ProjectsTx } from '../context';
import { projectRoleOfRank, roleRankSql, type ProjectRole } from '../../../lib/roles';
import { countsOf, pageRequestsSql, pagesOf, type PageRequest } from '../../../lib/db/batched-pages';

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

/**
 * Pages of organizations' projects the viewer has a role in (directly or through a team), oldest
 * first, with the viewer's effective role so later fields need no query for it: one statement for
 * all pages, each read from the index (organization_id, created_at, id).
 */
export async function visibleProjectPages(
  prisma: ProjectsPrisma,
  viewerId: string,
  requests: readonly PageRequest[],
): Promise<VisibleProjectRow[][]> {
  const rows = await prisma.$queryRaw<(Project & { idx: number; viewerRank: number | null })[]>`
    SELECT req.idx::int AS idx, p.id::text AS id, p.organization_id::text AS "organizationId", p.key, p.name,
      p.description, p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.viewer_rank AS "viewerRank"
    FROM ${pageRequestsSql(requests)}
    CROSS JOIN LATERAL (
      SELECT p.*, v.rank AS viewer_rank FROM projects.project p
      JOIN LATERAL (${viewerRankOf(viewerId)}) v ON v.rank IS NOT NULL
      WHERE p.organization_id = req.parent_id AND (p.created_at, p.id) > (req.after_time, req.after_id)
      ORDER BY p.created_at, p.id
      LIMIT req.take
    ) p
    ORDER BY req.idx, p.created_at, p.id`;
  return pagesOf(requests, rows, ({ idx: _idx, viewerRank, ...project }) => {
    const viewerRole = projectRoleOfRank(viewerRank);
    return viewerRole ? { project, viewerRole } : null;
  });
}

/** How many projects of each organization the viewer has a role in, in one statement. */
export async function countVisibleProjects(
  prisma: ProjectsPrisma,
  viewerId: string,
  organizationIds: readonly string[],
): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ parentId: string; count: number }[]>`
    SELECT p.organization_id::text AS "parentId", count(*)::int AS count
    FROM projects.project p
    WHERE p.organization_id = ANY(${[...organizationIds]}::uuid[])
      AND (
        EXISTS (SELECT 1 FROM projects.project_member pm WHERE pm.project_id = p.id AND pm.user_id = ${viewerId}::uuid)
        OR EXISTS (
          SELECT 1 FROM projects.project_team pt
          JOIN projects.team_member tm ON tm.team_id = pt.team_id AND tm.user_id = ${viewerId}::uuid
          WHERE pt.project_id = p.id
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
