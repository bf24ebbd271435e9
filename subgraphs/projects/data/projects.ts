import type { Project } from '../generated/prisma/client';
import { Prisma } from '../generated/prisma/client';
import type { ProjectsPrisma } from '../context';
import { projectRoleOfRank, roleRankSql, type ProjectRole } from '../roles';

const rank = (column: string) => Prisma.raw(roleRankSql(column));

export interface VisibleProjectRow {
  project: Project;
  viewerRole: ProjectRole;
}

/**
 * A page of an organization's projects the viewer has a role in (directly or through a team), oldest
 * first, with the viewer's effective role so later fields need no query for it.
 */
export async function visibleProjectsPage(
  prisma: ProjectsPrisma,
  args: { organizationId: string; viewerId: string; afterCreatedAt: string; afterId: string; take: number },
): Promise<VisibleProjectRow[]> {
  const rows = await prisma.$queryRaw<(Project & { viewerRank: number | null })[]>`
    SELECT p.id::text AS id, p.organization_id::text AS "organizationId", p.key, p.name, p.description,
      p.created_at AS "createdAt", p.updated_at AS "updatedAt", v.rank AS "viewerRank"
    FROM projects.project p
    JOIN LATERAL (
      SELECT max(g.rank)::int AS rank FROM (
        SELECT ${rank('pm.role')} AS rank FROM projects.project_member pm
        WHERE pm.project_id = p.id AND pm.user_id = ${args.viewerId}::uuid
        UNION ALL
        SELECT ${rank('pt.role')} FROM projects.project_team pt
        JOIN projects.team_member tm ON tm.team_id = pt.team_id AND tm.user_id = ${args.viewerId}::uuid
        WHERE pt.project_id = p.id
      ) g
    ) v ON v.rank IS NOT NULL
    WHERE p.organization_id = ${args.organizationId}::uuid
      AND (p.created_at, p.id) > (${args.afterCreatedAt}::timestamptz, ${args.afterId}::uuid)
    ORDER BY p.created_at, p.id
    LIMIT ${args.take}`;
  return rows.flatMap(({ viewerRank, ...project }) => {
    const viewerRole = projectRoleOfRank(viewerRank);
    return viewerRole ? [{ project, viewerRole }] : [];
  });
}

export async function countVisibleProjects(
  prisma: ProjectsPrisma,
  organizationId: string,
  viewerId: string,
): Promise<number> {
  return prisma.project.count({
    where: {
      organizationId,
      OR: [
        { members: { some: { userId: viewerId } } },
        { teams: { some: { team: { members: { some: { userId: viewerId } } } } } },
      ],
    },
  });
}
