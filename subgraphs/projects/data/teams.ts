import { z } from 'zod';
import { Prisma, type Team } from '../generated/prisma/client';
import type { ProjectsPrisma } from '../db';
import { parseRows } from '../../../lib/db/parse-rows';
import { asProjectRole, type ProjectRole } from '../../../lib/roles';
import { countsOf, pageRequestsSql, pagesOf, ParentCountRow, type PageRequest } from '../../../lib/db/batched-pages';
import { inDirections } from '../../../lib/keyset';
import { TeamRow } from './rows';

// Each function answers the pages (or counts) of many parents in one statement; see lib/db/batched-pages.ts.

const TeamPageRow = TeamRow.extend({ idx: z.number() });

/** Pages of organizations' teams, oldest first; each page is read from the index (organization_id, created_at, id). */
export async function organizationTeamPages(
  prisma: ProjectsPrisma,
  requests: readonly PageRequest[],
): Promise<Team[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'organizationTeamPages',
      TeamPageRow,
      await prisma.$queryRaw`
        SELECT req.idx::int AS idx, t.id::text AS id, t.organization_id::text AS "organizationId", t.name, t.description,
          t.created_at AS "createdAt", t.updated_at AS "updatedAt"
        FROM ${pageRequestsSql(group)}
        CROSS JOIN LATERAL (
          SELECT * FROM projects.team t
          WHERE t.organization_id = req.parent_id AND (t.created_at, t.id) ${k.compare} (req.after_time, req.after_id)
          ORDER BY t.created_at ${k.order}, t.id ${k.order}
          LIMIT req.take
        ) t
        ORDER BY req.idx, t.created_at ${k.order}, t.id ${k.order}`,
    );
    return pagesOf(group, rows, ({ idx: _idx, ...team }) => team);
  });
}

export interface TeamMemberRow {
  userId: string;
  since: Date;
}

const TeamMemberPageRow = z.object({ idx: z.number(), userId: z.string(), since: z.date() });

/** Pages of teams' members, by (joined, userId), each read in order from index (team_id, created_at, user_id). */
export async function teamMemberPages(
  prisma: ProjectsPrisma,
  requests: readonly PageRequest[],
): Promise<TeamMemberRow[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'teamMemberPages',
      TeamMemberPageRow,
      await prisma.$queryRaw`
        SELECT req.idx::int AS idx, tm.user_id::text AS "userId", tm.created_at AS since
        FROM ${pageRequestsSql(group)}
        CROSS JOIN LATERAL (
          SELECT tm.user_id, tm.created_at FROM projects.team_member tm
          WHERE tm.team_id = req.parent_id AND (tm.created_at, tm.user_id) ${k.compare} (req.after_time, req.after_id)
          ORDER BY tm.created_at ${k.order}, tm.user_id ${k.order}
          LIMIT req.take
        ) tm
        ORDER BY req.idx, tm.created_at ${k.order}, tm.user_id ${k.order}`,
    );
    return pagesOf(group, rows, ({ userId, since }) => ({ userId, since }));
  });
}

export interface ProjectTeamRow {
  team: Team;
  role: ProjectRole;
  /** When the team was attached: the sort key with the team's id. */
  attachedAt: Date;
}

const ProjectTeamPageRow = TeamRow.extend({ idx: z.number(), role: z.string(), attachedAt: z.date() });

/**
 * Pages of the teams attached to projects, by (attached, teamId), with the teams themselves; each
 * read in order from index (project_id, created_at, team_id).
 */
export async function projectTeamPages(
  prisma: ProjectsPrisma,
  requests: readonly PageRequest[],
): Promise<ProjectTeamRow[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'projectTeamPages',
      ProjectTeamPageRow,
      await prisma.$queryRaw`
        SELECT req.idx::int AS idx, pt.role, pt.created_at AS "attachedAt", t.id::text AS id,
          t.organization_id::text AS "organizationId", t.name, t.description, t.created_at AS "createdAt",
          t.updated_at AS "updatedAt"
        FROM ${pageRequestsSql(group)}
        CROSS JOIN LATERAL (
          SELECT pt.team_id, pt.role, pt.created_at FROM projects.project_team pt
          WHERE pt.project_id = req.parent_id AND (pt.created_at, pt.team_id) ${k.compare} (req.after_time, req.after_id)
          ORDER BY pt.created_at ${k.order}, pt.team_id ${k.order}
          LIMIT req.take
        ) pt
        JOIN projects.team t ON t.id = pt.team_id
        ORDER BY req.idx, pt.created_at ${k.order}, pt.team_id ${k.order}`,
    );
    return pagesOf(group, rows, ({ idx: _idx, role, attachedAt, ...team }) => {
      const projectRole = asProjectRole(role);
      return projectRole ? { team, role: projectRole, attachedAt } : null;
    });
  });
}

/**
 * Rows per parent of one table, for many parents in one statement: `table` and `parentColumn` are
 * constants of this file, never input.
 */
async function countsByParent(
  prisma: ProjectsPrisma,
  query: string,
  table: 'team' | 'team_member' | 'project_team',
  parentColumn: 'organization_id' | 'team_id' | 'project_id',
  parentIds: readonly string[],
): Promise<number[]> {
  const column = Prisma.raw(parentColumn);
  const rows = parseRows(
    query,
    ParentCountRow,
    await prisma.$queryRaw`
      SELECT ${column}::text AS "parentId", count(*)::int AS count FROM ${Prisma.raw(`projects.${table}`)}
      WHERE ${column} = ANY(${[...parentIds]}::uuid[])
      GROUP BY ${column}`,
  );
  return countsOf(parentIds, rows);
}

export const organizationTeamCounts = (prisma: ProjectsPrisma, organizationIds: readonly string[]) =>
  countsByParent(prisma, 'organizationTeamCounts', 'team', 'organization_id', organizationIds);

export const teamMemberCounts = (prisma: ProjectsPrisma, teamIds: readonly string[]) =>
  countsByParent(prisma, 'teamMemberCounts', 'team_member', 'team_id', teamIds);

export const projectTeamCounts = (prisma: ProjectsPrisma, projectIds: readonly string[]) =>
  countsByParent(prisma, 'projectTeamCounts', 'project_team', 'project_id', projectIds);

const ProjectIdRow = z.object({ projectId: z.string() });

/** The projects a team has a role in, oldest attachment first, at most `limit`: one range of the index (team_id). */
export async function teamProjectIdsOf(prisma: ProjectsPrisma, teamId: string, limit: number): Promise<string[]> {
  const rows = parseRows(
    'teamProjectIds',
    ProjectIdRow,
    await prisma.$queryRaw`
      SELECT pt.project_id::text AS "projectId" FROM projects.project_team pt
      WHERE pt.team_id = ${teamId}::uuid
      ORDER BY pt.created_at, pt.project_id
      LIMIT ${limit}`,
  );
  return rows.map((row) => row.projectId);
}
