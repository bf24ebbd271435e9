import type { Team } from '../generated/prisma/client';
import type { ProjectsPrisma } from '../db';
import { asProjectRole, type ProjectRole } from '../../../lib/roles';
import { countsOf, pageRequestsSql, pagesOf, type PageRequest } from '../../../lib/db/batched-pages';

// Each function answers the pages (or counts) of many parents in one statement; see pages.ts.

/** Pages of organizations' teams, oldest first; each page is read from the index (organization_id, created_at, id). */
export async function organizationTeamPages(
  prisma: ProjectsPrisma,
  requests: readonly PageRequest[],
): Promise<Team[][]> {
  const rows = await prisma.$queryRaw<(Team & { idx: number })[]>`
    SELECT req.idx::int AS idx, t.id::text AS id, t.organization_id::text AS "organizationId", t.name, t.description,
      t.created_at AS "createdAt", t.updated_at AS "updatedAt"
    FROM ${pageRequestsSql(requests)}
    CROSS JOIN LATERAL (
      SELECT * FROM projects.team t
      WHERE t.organization_id = req.parent_id AND (t.created_at, t.id) > (req.after_time, req.after_id)
      ORDER BY t.created_at, t.id
      LIMIT req.take
    ) t
    ORDER BY req.idx, t.created_at, t.id`;
  return pagesOf(requests, rows, ({ idx: _idx, ...team }) => team);
}

export async function organizationTeamCounts(
  prisma: ProjectsPrisma,
  organizationIds: readonly string[],
): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ parentId: string; count: number }[]>`
    SELECT organization_id::text AS "parentId", count(*)::int AS count FROM projects.team
    WHERE organization_id = ANY(${[...organizationIds]}::uuid[])
    GROUP BY organization_id`;
  return countsOf(organizationIds, rows);
}

export interface TeamMemberRow {
  userId: string;
  since: Date;
}

/**
 * Pages of teams' members, by (joined, userId). The primary key (team_id, user_id) finds a team's
 * members; ordering them by created_at sorts the team's rows (no (team_id, created_at, user_id) index).
 */
export async function teamMemberPages(
  prisma: ProjectsPrisma,
  requests: readonly PageRequest[],
): Promise<TeamMemberRow[][]> {
  const rows = await prisma.$queryRaw<(TeamMemberRow & { idx: number })[]>`
    SELECT req.idx::int AS idx, tm.user_id::text AS "userId", tm.created_at AS since
    FROM ${pageRequestsSql(requests)}
    CROSS JOIN LATERAL (
      SELECT tm.user_id, tm.created_at FROM projects.team_member tm
      WHERE tm.team_id = req.parent_id AND (tm.created_at, tm.user_id) > (req.after_time, req.after_id)
      ORDER BY tm.created_at, tm.user_id
      LIMIT req.take
    ) tm
    ORDER BY req.idx, tm.created_at, tm.user_id`;
  return pagesOf(requests, rows, ({ userId, since }) => ({ userId, since }));
}

export async function teamMemberCounts(prisma: ProjectsPrisma, teamIds: readonly string[]): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ parentId: string; count: number }[]>`
    SELECT team_id::text AS "parentId", count(*)::int AS count FROM projects.team_member
    WHERE team_id = ANY(${[...teamIds]}::uuid[])
    GROUP BY team_id`;
  return countsOf(teamIds, rows);
}

export interface ProjectTeamRow {
  team: Team;
  role: ProjectRole;
  /** When the team was attached: the sort key with the team's id. */
  attachedAt: Date;
}

/**
 * Pages of the teams attached to projects, by (attached, teamId), with the teams themselves. The
 * primary key (project_id, team_id) finds a project's links; ordering them by created_at sorts the
 * project's rows (no (project_id, created_at, team_id) index).
 */
export async function projectTeamPages(
  prisma: ProjectsPrisma,
  requests: readonly PageRequest[],
): Promise<ProjectTeamRow[][]> {
  const rows = await prisma.$queryRaw<(Team & { idx: number; role: string; attachedAt: Date })[]>`
    SELECT req.idx::int AS idx, pt.role, pt.created_at AS "attachedAt", t.id::text AS id,
      t.organization_id::text AS "organizationId", t.name, t.description, t.created_at AS "createdAt",
      t.updated_at AS "updatedAt"
    FROM ${pageRequestsSql(requests)}
    CROSS JOIN LATERAL (
      SELECT pt.team_id, pt.role, pt.created_at FROM projects.project_team pt
      WHERE pt.project_id = req.parent_id AND (pt.created_at, pt.team_id) > (req.after_time, req.after_id)
      ORDER BY pt.created_at, pt.team_id
      LIMIT req.take
    ) pt
    JOIN projects.team t ON t.id = pt.team_id
    ORDER BY req.idx, pt.created_at, pt.team_id`;
  return pagesOf(requests, rows, ({ idx: _idx, role, attachedAt, ...team }) => {
    const projectRole = asProjectRole(role);
    return projectRole ? { team, role: projectRole, attachedAt } : null;
  });
}

export async function projectTeamCounts(prisma: ProjectsPrisma, projectIds: readonly string[]): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ parentId: string; count: number }[]>`
    SELECT project_id::text AS "parentId", count(*)::int AS count FROM projects.project_team
    WHERE project_id = ANY(${[...projectIds]}::uuid[])
    GROUP BY project_id`;
  return countsOf(projectIds, rows);
}
